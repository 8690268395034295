import { parseRuleExpression, rules as catalogRules, type FormCode, type Rule } from '@tonghop/core';
import type { StagingTables } from '@tonghop/ingest-contract';
import type { LongColumns } from '../long-header';

/** What the staged SQL is built from: the tables, where each column is, and what to join. */
export interface StagedTables {
  st: StagingTables;
  cols: LongColumns;
  /** More than one form among the resolved groups: keys are joined by form too. */
  byForm: boolean;
  /** Whether the parsed-values table has rows (else it is not joined). */
  values: boolean;
}

/** Digits only, as many as a double holds exactly: parseValue reads these as the number they spell. */
const DIGITS = `'[0-9]{1,15}'`;

const col = (n: number) => `s.c${n}`;
/** A column's text, or '' for a column the file does not have (form, option). */
const text = (n: number) => (n === -1 ? `''` : col(n));
/** A staged line (`s`) to its group (`g`), by its unit, period and form texts as written. */
const groupJoin = (t: StagedTables) =>
  `join ${t.st.table('groups')} g on g.u = ${col(t.cols.unitCode)} and g.p = ${col(t.cols.period)} and g.f = ${text(t.cols.form)}`;
/** A staged line to its resolved key (`k`), by its indicator and option texts (and its group's form when there are several). */
const keyJoin = (t: StagedTables) =>
  `left join ${t.st.table('keys')} k on k.i = ${col(t.cols.indicator)} and k.o = ${text(t.cols.option)}${t.byForm ? ' and k.form = g.form' : ''}`;

/**
 * The staged rows joined to their group, key and parsed value: one row per data line. Made once
 * into staging table `joined`, which the check and the store both read. `problem`: the line makes
 * its draft fail (no indicator; or a value under an indicator that does not resolve, or that does
 * not parse).
 */
export function joinedRows(t: StagedTables): string {
  const { st, cols } = t;
  const fast = `coalesce(k.int_kind, false) and regexp_full_match(${col(cols.value)}, ${DIGITS})`;
  const fromValues = (sql: string, otherwise: string) => (t.values ? sql : otherwise);
  const isFact = `(${fast}) or ${fromValues('coalesce(not v.blank, true)', 'true')}`;
  return `
    select s.rowid as r, g.grp, k.k, k.ind, k.opt,
      case when ${fast} then ${col(cols.value)}::double else ${fromValues('v.num', 'null::double')} end as num,
      case when ${fast} then null else ${fromValues('v.bool', 'null::boolean')} end as bool,
      case when ${fast} then null else ${fromValues('v.text', 'null::varchar')} end as text,
      (${fast}) or ${fromValues('coalesce(v.has, false)', 'false')} as has_value,
      coalesce(k.blank, false) or ((${isFact}) and (k.k is null or ${fromValues('coalesce(v.bad, false)', 'false')})) as problem
    from ${st.table('rows')} s
    ${groupJoin(t)}
    ${keyJoin(t)}
    ${t.values ? `left join ${st.table('vals')} v on v.v = ${col(cols.value)} and v.ind = coalesce(k.ind, '')` : ''}`;
}

/** Rule checks stricter than the rule engine's (never clean where it could fail): doubt sends a group to the JS path. */
function strictlyHolds(op: Rule['operator'], l: string, r: string): string {
  switch (op) {
    case '==':
      return `abs(${l} - ${r}) <= 1e-10`;
    case '!=':
      return `abs(${l} - ${r}) > 2e-9`;
    case '>=':
      return `${l} >= ${r}`;
    case '<=':
      return `${l} <= ${r}`;
    case '>':
      return `${l} > ${r} + 2e-9`;
    case '<':
      return `${l} < ${r} - 2e-9`;
  }
}

/** The numbers (`k`) of the resolved (indicator, option) pairs present in the file, by indicator code. */
export interface KeyNumbers {
  total: Map<string, number>;
  options: Map<string, number[]>;
}

/**
 * Per group: its number of facts and whether it must go the JS path (a problem line, the same
 * indicator twice, no facts, or a rule that may fail). Everything else the orchestrator would
 * accept as is. An operand is the indicator's own value, else the sum of its options (as the
 * rule engine reads it); a rule whose operands never appear in the file cannot fail and is left out.
 */
export function checkQuery(
  t: StagedTables,
  forms: readonly FormCode[],
  keys: KeyNumbers,
  rules: readonly Rule[] = catalogRules,
): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const bind = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  const present = (code: string) => keys.total.has(code) || keys.options.has(code);
  const codesOf = (r: Rule) => [...parseRuleExpression(r.left), ...parseRuleExpression(r.right)].flatMap((x) => (x.code ? [x.code] : []));
  const applying = rules.filter((r) => r.forms.some((f) => forms.includes(f)) && codesOf(r).every(present));
  const codes = [...new Set(applying.flatMap(codesOf))];
  const operand = new Map(codes.map((c, i) => [c, `o${i}`]));
  const operands = codes.map((c) => {
    const total = keys.total.get(c);
    const options = keys.options.get(c) ?? [];
    const own = total === undefined ? 'null::double' : `sum(num) filter (where k = ${bind(total)})`;
    const parts = options.length === 0 ? own : `coalesce(${own}, sum(num) filter (where k in (${options.map(bind).join(', ')})))`;
    return `${parts} as ${operand.get(c)}`;
  });
  const side = (expression: string) =>
    parseRuleExpression(expression)
      .map((x) => `${x.sign < 0 ? '-' : '+'} ${x.code ? operand.get(x.code) : `${bind(x.literal ?? 0)}::double`}`)
      .join(' ');
  const ruleFails = applying.map((r) => {
    const formsIn = r.forms.map((f) => bind(f)).join(', ');
    return `(gf.form in (${formsIn}) and coalesce(not (${strictlyHolds(r.operator, `(0 ${side(r.left)})`, `(0 ${side(r.right)})`)}), false))`;
  });
  const keyCount = new Set([...keys.total.values(), ...[...keys.options.values()].flat()]).size;
  const duplicate =
    keyCount <= 63
      ? `bit_count(bit_or(1::bigint << k) filter (where has_value)) <> count(*) filter (where has_value)`
      : `count(distinct k) filter (where has_value) <> count(*) filter (where has_value)`;
  const sql = `
    select x.grp, x.n, (x.dirty${ruleFails.map((f) => ` or ${f}`).join('')}) as dirty
    from (
      select grp, (count(*) filter (where has_value))::integer as n,
        (bool_or(problem) or count(*) filter (where has_value) = 0 or ${duplicate}) as dirty
        ${operands.map((o) => `, ${o}`).join('')}
      from ${t.st.table('joined')} j
      group by grp
    ) x
    join (select distinct grp, form from ${t.st.table('groups')} where form is not null) gf on gf.grp = x.grp`;
  return { sql, params };
}

/** The facts of the staged groups, in the columns the warehouse reads (the stage context's `factsTable`). */
export function factsSelect(t: StagedTables): string {
  return `
    select grp, ind as indicator, opt as option, num as num_value, bool as bool_value, text as text_value,
      null::varchar as source_sheet, null::varchar as source_cell, (r + 2)::integer as source_line
    from ${t.st.table('joined')} j
    where has_value`;
}

/** The rows of some groups as written, in file order: to rebuild their drafts. */
export function groupRows(t: StagedTables): string {
  const { st, cols } = t;
  return `
    select s.rowid::integer as r, g.grp, ${col(cols.indicator)} as i, ${text(cols.option)} as o, ${col(cols.value)} as v
    from ${st.table('rows')} s
    ${groupJoin(t)}
    where g.grp in (select unnest($1::integer[]))
    order by s.rowid`;
}

/** The distinct (value, indicator) pairs the fast path does not read: for parseValues. */
export function valuesQuery(t: StagedTables): string {
  const { st, cols } = t;
  return `
    select distinct ${col(cols.value)} as v, coalesce(k.ind, '') as ind
    from ${st.table('rows')} s ${t.byForm ? groupJoin(t) : ''}
    ${keyJoin(t)}
    where not (coalesce(k.int_kind, false) and regexp_full_match(${col(cols.value)}, ${DIGITS}))`;
}

/** The distinct unit, period and form texts as written, with their first and last row. */
export function rawGroupsQuery(t: Pick<StagedTables, 'st' | 'cols'>): string {
  const { st, cols } = t;
  return `
    select ${col(cols.unitCode)} as u, ${col(cols.period)} as p, ${text(cols.form)} as f,
      min(s.rowid)::integer as first, max(s.rowid)::integer as last
    from ${st.table('rows')} s group by all`;
}

/** The distinct indicator and option texts as written. */
export function keyPairsQuery(t: Pick<StagedTables, 'st' | 'cols'>): string {
  const { st, cols } = t;
  return `select distinct ${col(cols.indicator)} as i, ${text(cols.option)} as o from ${st.table('rows')} s`;
}
