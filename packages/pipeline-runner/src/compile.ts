import { PipelineConfigError } from './errors';
import { quoteIdent, sqlLiteral } from './quote';

/** One `{{ ... }}` replaced on a line: where it was in the source, where it is in the output (0-based). */
interface Replacement {
  line: number;
  srcStart: number;
  srcEnd: number;
  outStart: number;
  outEnd: number;
}

export interface CompiledSql {
  sql: string;
  /** Models named by `ref()`, in order of appearance, without duplicates. */
  refs: string[];
  /** Tables named by `source()`, as `schema.table`, without duplicates. */
  sources: string[];
  /** Maps a 1-based (line, column) of the output back to the source file. */
  toSource(line: number, column: number): { line: number; column: number };
}

export interface CompileScope {
  schema: string;
  /** The model itself, for `{{ this }}` in tests. */
  self?: string;
  vars: Record<string, string | number | boolean | null>;
  file: string;
  /** Unit tests: what a `ref('m')` (key `m`) or `source('s', 't')` (key `s.t`) becomes instead. */
  inputs?: ReadonlyMap<string, string>;
}

const TEMPLATE = /\{\{\s*(.*?)\s*\}\}/g;
const CALL = /^(ref|source|var)\(\s*'([^']*)'\s*(?:,\s*'([^']*)'\s*)?\)$/;

/**
 * Replaces `{{ ref('m') }}` with `"schema"."m"`, `{{ source('main', 'facts') }}` with `"main"."facts"`,
 * `{{ var('x') }}` with a literal and `{{ this }}` with the model itself. Nothing else is templated.
 */
export function compileSql(source: string, scope: CompileScope): CompiledSql {
  const refs: string[] = [];
  const sources: string[] = [];
  const replacements: Replacement[] = [];
  const lines = source.split('\n').map((text, line) => {
    let delta = 0;
    return text.replace(TEMPLATE, (whole: string, inner: string, offset: number) => {
      const out = expand(inner, scope, refs, sources);
      replacements.push({
        line,
        srcStart: offset,
        srcEnd: offset + whole.length,
        outStart: offset + delta,
        outEnd: offset + delta + out.length,
      });
      delta += out.length - whole.length;
      return out;
    });
  });
  const toSource = (line: number, column: number) => {
    let col = column - 1;
    let shift = 0;
    for (const r of replacements.filter((x) => x.line === line - 1)) {
      if (col >= r.outEnd) shift = r.srcEnd - r.outEnd;
      else if (col >= r.outStart) return { line, column: r.srcStart + 1 };
    }
    col += shift;
    return { line, column: col + 1 };
  };
  return { sql: lines.join('\n'), refs, sources, toSource };
}

function expand(inner: string, scope: CompileScope, refs: string[], sources: string[]): string {
  if (inner === 'this') {
    if (scope.self === undefined) throw new PipelineConfigError(`${scope.file}: {{ this }} is only for tests`, scope.file);
    return `${quoteIdent(scope.schema)}.${quoteIdent(scope.self)}`;
  }
  const call = CALL.exec(inner);
  if (call === null) throw new PipelineConfigError(`${scope.file}: unknown template {{ ${inner} }}`, scope.file);
  const [, fn, a = '', b] = call;
  if (fn === 'ref') {
    if (!refs.includes(a)) refs.push(a);
    return scope.inputs?.get(a) ?? `${quoteIdent(scope.schema)}.${quoteIdent(a)}`;
  }
  if (fn === 'source') {
    if (b === undefined) throw new PipelineConfigError(`${scope.file}: source() takes a schema and a table`, scope.file);
    if (!sources.includes(`${a}.${b}`)) sources.push(`${a}.${b}`);
    return scope.inputs?.get(`${a}.${b}`) ?? `${quoteIdent(a)}.${quoteIdent(b)}`;
  }
  if (!(a in scope.vars)) {
    if (b !== undefined) return sqlLiteral(b);
    throw new PipelineConfigError(`${scope.file}: var('${a}') has no value`, scope.file);
  }
  return sqlLiteral(scope.vars[a] ?? null);
}
