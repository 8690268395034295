export { exportSummaryWorkbook, isExportRefusal, writeSummaryWorkbook, type SummaryWorkbookInfo } from './write-workbook';
export { loadSummary } from './load-summary';
export type { FormRow, FormSection, ReadDb, RowStatus, SummaryModel, SummaryOptions, UnitInfo } from './types';
export { ReportExportError, type ReportExportErrorCode } from './errors';
export { FORMAT, looksLikeFormula } from './cells';
export { FORM_SHEET, SHEET_COMMENTS, SHEET_MISSING, SHEET_OVERVIEW, TITLE } from './words';
