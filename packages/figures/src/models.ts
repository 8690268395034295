import { qualifiedName } from '@tonghop/warehouse';

/** The schema the roll-up pipeline (`pipelines/rollup`) builds into: the folder's name. */
export const ROLLUP_SCHEMA = 'rollup';

/** A model that code outside the pipeline reads: its name, its quoted qualified name, its parameters. */
export interface RollupModel {
  name: string;
  /** `"rollup"."figures"`, ready for SQL. */
  sql: string;
  params: readonly string[];
}

const mart = (name: string, params: readonly string[]): RollupModel => ({ name, sql: qualifiedName(ROLLUP_SCHEMA, name), params });

/**
 * The roll-up marts that TypeScript reads (figures, report-export, apps): the one place their
 * names are written. `models.test.ts` checks each against `pipelines/rollup/models/marts` (name,
 * table macro, parameters in order), so a renamed model fails a test, not a request.
 */
export const rollupModels = {
  figures: mart('figures', ['p_unit', 'p_period', 'p_group', 'p_as_of']),
  completeness: mart('completeness', ['p_unit', 'p_period', 'p_form', 'p_deadline']),
  lineage: mart('lineage', ['p_unit', 'p_period', 'p_indicator']),
  unitValues: mart('unit_values', ['p_unit', 'p_period']),
  unitTree: mart('unit_tree', ['p_unit', 'p_period']),
} as const satisfies Record<string, RollupModel>;
