import { LIST, VARCHAR } from '@duckdb/node-api';
import type { CategoryOption, Indicator } from '@tonghop/core';
import type { Tx } from './writer';

export interface CatalogInput {
  indicators: readonly Indicator[];
  options: readonly CategoryOption[];
}

const VARCHAR_LIST = LIST(VARCHAR);

/** Make `indicators` and `category_options` mirror the catalog (replace all rows, in the caller's tx). */
export async function syncCatalog(tx: Tx, input: CatalogInput): Promise<{ indicators: number; options: number }> {
  await tx.run('delete from indicators');
  await tx.run('delete from category_options');
  const ind = await tx.appender('indicators');
  for (const i of input.indicators) {
    // columns in table order: code, forms, label_vi, unit_vi, value_type, aggregation,
    // time_aggregation, numerator, denominator, category_set
    ind.appendVarchar(i.code);
    ind.appendList([...i.forms], VARCHAR_LIST);
    ind.appendVarchar(i.label);
    ind.appendVarchar(i.unitLabel);
    ind.appendVarchar(i.valueType);
    ind.appendVarchar(i.aggregation);
    for (const v of [i.timeAggregation, i.numerator, i.denominator, i.categorySet]) {
      if (v == null) ind.appendNull();
      else ind.appendVarchar(v);
    }
    ind.endRow();
  }
  ind.closeSync();
  const opt = await tx.appender('category_options');
  for (const o of input.options) {
    opt.appendVarchar(o.set);
    opt.appendVarchar(o.code);
    opt.appendVarchar(o.label);
    opt.appendList([...o.aliases], VARCHAR_LIST);
    opt.endRow();
  }
  opt.closeSync();
  return { indicators: input.indicators.length, options: input.options.length };
}
