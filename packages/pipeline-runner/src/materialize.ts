import { quoteIdent } from './quote';
import type { Materialization, ModelDef, SqlRunner } from './types';

/** The statement that materialises a model; the model's SQL starts on line 2. */
export function materializeSql(model: ModelDef, schema: string, body: string): string {
  const target = `${quoteIdent(schema)}.${quoteIdent(model.name)}`;
  if (model.materialized === 'macro') {
    return `create or replace macro ${target}(${model.params.map(quoteIdent).join(', ')}) as table\n${body}`;
  }
  if (model.materialized === 'function') {
    return `create or replace macro ${target}(${model.params.map(quoteIdent).join(', ')}) as\n${body}`;
  }
  return `create or replace ${model.materialized} ${target} as\n${body}`;
}

/** Drops the objects of another kind under the model's name (a view that becomes a table ...). */
export async function dropOtherKind(db: SqlRunner, model: ModelDef, schema: string, existing: ReadonlySet<Materialization>): Promise<void> {
  const target = `${quoteIdent(schema)}.${quoteIdent(model.name)}`;
  for (const kind of existing) {
    if (kind === model.materialized) continue;
    const drop = kind === 'macro' ? 'macro table' : kind === 'function' ? 'macro' : kind;
    await db.run(`drop ${drop} if exists ${target}`);
  }
}

/** Strips a trailing semicolon and blank lines so the SQL can follow `as`. */
export function modelBody(sql: string): string {
  return sql.replace(/[\s;]+$/, '');
}
