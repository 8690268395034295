import type { IngestPluginMeta } from '@tonghop/ingest-contract';

// What is known of the Excel plugins without loading them (pure: the web page imports it for its `accept`).

/** .xlsm, .xls and .ods are claimed to be refused with a reason (save as .xlsx), not as unknown. */
export const excelFormMeta = {
  name: 'excel-form',
  label: 'Excel dạng biểu mẫu',
  extensions: ['.xlsx', '.xlsm', '.xls', '.ods'],
} satisfies IngestPluginMeta;
export const excelTableMeta = { name: 'excel-table', label: 'Excel dạng bảng', extensions: ['.xlsx'] } satisfies IngestPluginMeta;
