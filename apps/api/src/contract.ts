/**
 * The API ↔ page contract: the JSON bodies of the API, inferred from the zod schemas that also
 * make the OpenAPI document. The page imports these types only (`import type`), so nothing of the
 * server enters its bundle.
 */
export type {
  CompletenessBody,
  FigureBody,
  IngestResultBody,
  LineageBody,
  MeBody,
  PeriodsBody,
  RollupBody,
  UnitHistoryBody,
  UnitNode,
  UnitsBody,
} from './schemas';
