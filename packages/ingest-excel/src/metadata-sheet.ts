import type { Located } from '@tonghop/ingest-contract';
import { filled, type GridRow } from './grid';

/** The hidden sheet that generated templates carry (see @tonghop/excel-templates). */
export const METADATA_SHEET = '_tonghop';

/** Keys of the metadata sheet: column A the key, column B the value. */
export type MetadataKey = 'layout' | 'form' | 'unit' | 'unit_name' | 'parent' | 'period' | 'version';

export type Metadata = Partial<Record<MetadataKey, Located>>;

export function readMetadata(rows: readonly GridRow[], file: string): Metadata {
  const meta: Metadata = {};
  for (const row of rows) {
    const [key, value] = filled(row);
    if (!key || !value || key.col !== 1) continue;
    meta[key.text as MetadataKey] = { text: value.text, source: { file, sheet: METADATA_SHEET, cell: value.address } };
  }
  return meta;
}
