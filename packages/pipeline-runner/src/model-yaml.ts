import { parse } from 'yaml';
import { PipelineConfigError } from './errors';
import type { ColumnTest, Materialization, ModelDef, ModelTest } from './types';
import { parseUnitTests } from './unit-test-yaml';
import { asArray, asRecord } from './_yaml-shapes';

type YamlPart = Pick<ModelDef, 'description' | 'materialized' | 'params' | 'columns' | 'tests' | 'unitTests' | 'fingerprint'>;

const MATERIALIZATIONS: readonly Materialization[] = ['view', 'table', 'macro', 'function'];

/** Reads a model's `.yml` (null = no file: a view without tests). */
export function parseModelYaml(text: string | null, file: string): YamlPart {
  const doc: unknown = text === null ? {} : parseYaml(text, file);
  const root = asRecord(doc ?? {}, file, 'the document');
  const materialized = root.materialized ?? 'view';
  if (!MATERIALIZATIONS.includes(materialized as Materialization)) {
    throw new PipelineConfigError(`${file}: materialized must be one of ${MATERIALIZATIONS.join(', ')}`, file);
  }
  const params = asArray(root.params ?? [], file, 'params').map(String);
  const columns = asArray(root.columns ?? [], file, 'columns').map((c, i) => {
    const col = asRecord(c, file, `columns[${i}]`);
    if (typeof col.name !== 'string') throw new PipelineConfigError(`${file}: columns[${i}] has no name`, file);
    const tests = asArray(col.tests ?? [], file, `columns[${i}].tests`).map((t) => columnTest(t, file, col.name as string));
    return { name: col.name, description: String(col.description ?? ''), tests };
  });
  const tests = asArray(root.tests ?? [], file, 'tests').map((t, i) => modelTest(t, file, i));
  const unitTests = parseUnitTests(root.unit_tests ?? [], file, params);
  const fingerprint = root.fingerprint === undefined ? null : String(root.fingerprint);
  if (fingerprint !== null && materialized !== 'table') throw new PipelineConfigError(`${file}: fingerprint is only for tables`, file);
  return {
    description: String(root.description ?? ''),
    materialized: materialized as Materialization,
    params,
    columns,
    tests,
    unitTests,
    fingerprint,
  };
}

function columnTest(raw: unknown, file: string, column: string): ColumnTest {
  if (raw === 'not_null' || raw === 'unique') return { kind: raw };
  const t = asRecord(raw, file, `the tests of column ${column}`);
  if (t.accepted_values !== undefined) {
    const values = asArray(asRecord(t.accepted_values, file, 'accepted_values').values, file, 'accepted_values.values');
    return { kind: 'accepted_values', values };
  }
  if (typeof t.expression === 'string') return { kind: 'expression', expression: t.expression };
  throw new PipelineConfigError(`${file}: unknown test on column ${column}: ${JSON.stringify(raw)}`, file);
}

function modelTest(raw: unknown, file: string, index: number): ModelTest {
  const t = asRecord(raw, file, `tests[${index}]`);
  const name = typeof t.name === 'string' ? t.name : `test_${index + 1}`;
  if (typeof t.sql === 'string') return { kind: 'sql', name, sql: t.sql };
  if (t.unique_combination !== undefined) {
    const columns = asArray(t.unique_combination, file, 'unique_combination').map(String);
    return { kind: 'unique_combination', name: typeof t.name === 'string' ? name : `unique_combination(${columns.join(', ')})`, columns };
  }
  throw new PipelineConfigError(`${file}: tests[${index}] needs "sql" or "unique_combination"`, file);
}

function parseYaml(text: string, file: string): unknown {
  try {
    return parse(text);
  } catch (error: unknown) {
    throw new PipelineConfigError(`${file}: ${error instanceof Error ? error.message : String(error)}`, file);
  }
}
