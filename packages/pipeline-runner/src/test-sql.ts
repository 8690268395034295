import { compileSql } from './compile';
import { quoteIdent } from './quote';
import type { ModelDef } from './types';

/** A test as SQL that selects the offending rows: the test passes when it selects none. */
export interface TestQuery {
  name: string;
  column: string | null;
  sql: string;
  params: unknown[];
}

export function testQueries(model: ModelDef, schema: string, vars: Record<string, string | number | boolean | null>): TestQuery[] {
  const table = `${quoteIdent(schema)}.${quoteIdent(model.name)}`;
  const out: TestQuery[] = [];
  for (const column of model.columns) {
    const col = quoteIdent(column.name);
    for (const test of column.tests) {
      if (test.kind === 'not_null') {
        out.push({ name: 'not_null', column: column.name, sql: `select * from ${table} where ${col} is null`, params: [] });
      } else if (test.kind === 'unique') {
        out.push({
          name: 'unique',
          column: column.name,
          sql: `select ${col}, count(*) as n from ${table} where ${col} is not null group by ${col} having count(*) > 1`,
          params: [],
        });
      } else if (test.kind === 'accepted_values') {
        const marks = test.values.map((_, i) => `$${i + 1}`).join(', ');
        out.push({
          name: 'accepted_values',
          column: column.name,
          sql: `select ${col}, count(*) as n from ${table} where ${col} is not null and ${col}::varchar not in (${marks}) group by ${col}`,
          params: test.values.map(String),
        });
      } else {
        const expr = compileSql(test.expression, { schema, self: model.name, vars, file: model.file }).sql;
        out.push({
          name: `expression(${test.expression})`,
          column: column.name,
          sql: `select * from ${table} where not coalesce((${expr}), false)`,
          params: [],
        });
      }
    }
  }
  for (const test of model.tests) {
    if (test.kind === 'sql') {
      const sql = compileSql(test.sql.trim().replace(/;$/, ''), { schema, self: model.name, vars, file: model.file }).sql;
      out.push({ name: test.name, column: null, sql: `select * from (\n${sql}\n)`, params: [] });
    } else {
      const cols = test.columns.map(quoteIdent).join(', ');
      out.push({
        name: test.name,
        column: null,
        sql: `select ${cols}, count(*) as n from ${table} group by all having count(*) > 1`,
        params: [],
      });
    }
  }
  return out;
}
