/**
 * The summary's readers, for other report writers (the Word report): no exceljs behind this
 * entry point. `@tonghop/report-export/loaders`.
 */
export { loadSummary } from './load-summary';
export { buildSections, loadExpected, type ExpectedByForm, type ExpectedRow } from './load-forms';
export { loadUnitsUnder } from './load-units';
export { loadOwnValues, valueKey } from './load-values';
export type { FormRow, FormSection, ReadDb, RowStatus, SummaryModel, SummaryOptions, UnitInfo } from './types';
export { coverageText } from './words';
