import { defineIngestPlugin, type IngestFile, type ReadContext, type SubmissionDraft } from '@tonghop/ingest-contract';
import { formConfidence } from './confidence';
import { excelFormMeta } from './meta';
import type { ZipLimits } from './zip-safety';

export const name = excelFormMeta.name;

export interface ExcelFormOptions {
  /** Zip bomb limits, checked before parsing. */
  limits?: ZipLimits;
}

/**
 * Layout 1 of spec §3: one unit, one period, one form per sheet. Every sheet that holds a form
 * table gives one draft; other sheets are ignored. Also owns the files refused whole
 * (.xls, .ods, .xlsm): it yields one draft whose error says to save as .xlsx. exceljs and yauzl
 * load on the first read (read-forms.ts), never for detection.
 */
export default function excelForm(options: ExcelFormOptions = {}) {
  return defineIngestPlugin({
    ...excelFormMeta,
    detect: (file: IngestFile) => formConfidence(file),
    async *read(file: IngestFile, _ctx?: ReadContext): AsyncGenerator<SubmissionDraft> {
      const { readForms } = await import('./read-forms');
      yield* readForms(file, options);
    },
  });
}
