import type { IngestFile } from '@tonghop/ingest-contract';
import { detectLayout } from './detect-layout';

/**
 * Confidence of each Excel plugin. Files refused whole (.xls, .ods, .xlsm) belong to excel-form,
 * which yields the refusal. An xlsx whose head shows no layout: a big file is most likely a
 * table (layout 2), a small one a form.
 */
export function formConfidence(file: IngestFile): number {
  const { kind, layout } = detectLayout(file);
  if (kind === 'xls' || kind === 'ods' || kind === 'xlsm') return 0.8;
  if (kind !== 'xlsx') return 0;
  if (layout === 'form') return 0.9;
  if (layout === 'table') return 0.2;
  return file.size > file.head.byteLength ? 0.4 : 0.55;
}

export function tableConfidence(file: IngestFile): number {
  const { kind, layout } = detectLayout(file);
  if (kind !== 'xlsx') return 0;
  if (layout === 'table') return 0.9;
  if (layout === 'form') return 0.2;
  return file.size > file.head.byteLength ? 0.6 : 0.45;
}
