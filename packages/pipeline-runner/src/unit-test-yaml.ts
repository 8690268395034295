import { PipelineConfigError } from './errors';
import { asArray, asRecord } from './_yaml-shapes';
import type { TestValue, UnitTest } from './types';

const INPUT = /^(?:\{\{\s*)?(ref|source)\(\s*'([^']+)'\s*(?:,\s*'([^']+)'\s*)?\)(?:\s*\}\})?$/;

/**
 * The `unit_tests:` list of a model's yml:
 *
 *   unit_tests:
 *     - name: keeps_the_latest_valid_version
 *       args: { p_unit: '679', p_period: 2022S1 }      # macro / function models
 *       given:
 *         - input: ref('stg_submissions')
 *           rows: [{ submission_id: 1, unit_code: X1, version: 1 }]
 *       expect:
 *         rows: [{ submission_id: 1 }]
 */
export function parseUnitTests(raw: unknown, file: string, params: readonly string[]): UnitTest[] {
  const names = new Set<string>();
  return asArray(raw, file, 'unit_tests').map((item, i) => {
    const where = `unit_tests[${i}]`;
    const t = asRecord(item, file, where);
    if (typeof t.name !== 'string' || t.name === '') throw new PipelineConfigError(`${file}: ${where} has no name`, file);
    if (names.has(t.name)) throw new PipelineConfigError(`${file}: unit test "${t.name}" is defined twice`, file);
    names.add(t.name);
    const args = asRecord(t.args ?? {}, file, `${where}.args`);
    const missing = params.filter((p) => !(p in args));
    const unknown = Object.keys(args).filter((a) => !params.includes(a));
    if (missing.length > 0 || unknown.length > 0) {
      throw new PipelineConfigError(
        `${file}: unit test "${t.name}" must give args for exactly the params [${params.join(', ')}]` +
          (missing.length > 0 ? `; missing ${missing.join(', ')}` : '') +
          (unknown.length > 0 ? `; unknown ${unknown.join(', ')}` : ''),
        file,
      );
    }
    const given = asArray(t.given ?? [], file, `${where}.given`).map((g, j) => {
      const input = asRecord(g, file, `${where}.given[${j}]`);
      const m = typeof input.input === 'string' ? INPUT.exec(input.input.trim()) : null;
      if (m === null) {
        throw new PipelineConfigError(`${file}: ${where}.given[${j}].input must be ref('model') or source('schema', 'table')`, file);
      }
      const [, kind, a = '', b] = m;
      if ((kind === 'source') !== (b !== undefined)) {
        throw new PipelineConfigError(`${file}: ${where}.given[${j}].input: source() takes a schema and a table, ref() one model`, file);
      }
      return {
        input: b === undefined ? a : `${a}.${b}`,
        kind: kind as 'ref' | 'source',
        rows: rows(input.rows, file, `${where}.given[${j}].rows`),
      };
    });
    const expect = asRecord(t.expect ?? {}, file, `${where}.expect`);
    return {
      name: t.name,
      description: String(t.description ?? ''),
      args: Object.fromEntries(Object.entries(args).map(([k, v]) => [k, value(v, file, `${where}.args.${k}`)])),
      given,
      expect: rows(expect.rows, file, `${where}.expect.rows`),
    };
  });
}

function rows(raw: unknown, file: string, where: string): Record<string, TestValue>[] {
  return asArray(raw ?? [], file, where).map((r, i) => {
    const row = asRecord(r, file, `${where}[${i}]`);
    return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, value(v, file, `${where}[${i}].${k}`)]));
  });
}

function value(v: unknown, file: string, where: string): TestValue {
  if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (Array.isArray(v)) return v.map((x, i) => value(x, file, `${where}[${i}]`));
  throw new PipelineConfigError(`${file}: ${where}: a value must be text, a number, true/false, null or a list`, file);
}
