import { WAREHOUSE_ERROR_CODES, WarehouseError } from './errors';
import { qualifiedName } from './quote';
import { withTempTable } from './temp-table';
import type { StagedFacts } from './types';
import type { Tx } from './writer';

/** The staged columns, in `fact_values` order after `submission_id`. */
export const STAGED_FACT_COLUMNS = [
  'indicator',
  'option',
  'num_value',
  'bool_value',
  'text_value',
  'source_sheet',
  'source_cell',
  'source_line',
] as const;

/** A new submission of a batch whose facts are the staged query's rows of `group`. */
export interface StagedTarget {
  group: number;
  id: number;
  count: number;
}

/**
 * Inserts the facts of staged submissions with one INSERT … SELECT: the staged table's rows of
 * each group get its submission id through a small map table (group → id) made in the
 * transaction. They are stored in submission and line order, as the JS path appends them
 * (`fact_seq` gives a submission's facts in file order). The number of rows inserted must be the sum of the declared counts (the counts
 * become `fact_count`), or the batch fails.
 */
export async function insertStagedFacts(tx: Tx, staged: StagedFacts, targets: readonly StagedTarget[]): Promise<void> {
  if (targets.length === 0) return;
  const columns = STAGED_FACT_COLUMNS.map((c) => `q.${qualifiedName(c)}`).join(', ');
  const map = [
    { name: 'grp', type: 'INTEGER', values: targets.map((t) => t.group) },
    { name: 'submission_id', type: 'BIGINT', values: targets.map((t) => t.id) },
  ] as const;
  const inserted = await withTempTable(tx, 'staged_map', map, (table) =>
    tx.run(
      `insert into fact_values (submission_id, ${STAGED_FACT_COLUMNS.join(', ')})
     select m.submission_id, ${columns} from ${staged.staging.table(staged.table)} q join ${table} m on m.grp = q.grp
     order by m.submission_id, q.source_line`,
    ),
  );
  const expected = targets.reduce((sum, t) => sum + t.count, 0);
  if (inserted !== expected) {
    throw new WarehouseError(
      WAREHOUSE_ERROR_CODES.SUBMISSION_INVALID,
      `Lỗi lập trình: truy vấn số liệu đã dàn dựng cho ${inserted} số liệu, các báo cáo khai ${expected}; không lưu gì.`,
    );
  }
}
