// The page's names for the API's own JSON types (zod-inferred in apps/api/src/schemas.ts): type
// aliases only, so a change of the API's shape is a type error here, never a silent mismatch.
import type {
  CompletenessBody,
  FigureBody,
  IngestResultBody,
  LineageBody,
  MeBody,
  PeriodsBody,
  RollupBody,
  UnitHistoryBody,
  UnitNode,
} from '@tonghop/api/contract';

export type Figure = FigureBody;
export type Rollup = RollupBody;
export type Completeness = CompletenessBody;
export type Lineage = LineageBody;
export type LineageCell = LineageBody['cells'][number];
export type LineageSubmission = LineageBody['submissions'][number];
export type IngestResult = IngestResultBody;
export type Issue = IngestResultBody['errors'][number];
export type Me = MeBody;
export type PeriodInfo = PeriodsBody['periods'][number];
export type { PeriodsBody, UnitHistoryBody, UnitNode };
