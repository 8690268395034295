export { buildReportDocx, buildDocument, type ReportInfo } from './write-docx';
export { loadReport, samePeriodLastYear } from './load-report';
export { loadTemplates, DEFAULT_TEMPLATES_DIR, type Templates } from './template/files';
export { ReportDocxError, isReportRefusal, type ReportDocxErrorCode } from './errors';
export { formatCount, formatPercent } from './numbers';
export type { ReportData, ReportOptions } from './types';
