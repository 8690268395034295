import type { IngestFile } from '@tonghop/ingest-contract';
import { FORM_COLUMNS, TABLE_COLUMNS, headerKey } from './header-words';
import { sniffKind, type HeadKind } from './sniff-head';

export type Layout = 'form' | 'table' | 'unknown';

const XML_TEXT = /<t(?:\s[^>]*)?>([^<]*)<\/t>/g;

/** Texts of the shared strings and inline strings that the head holds, normalised. */
function headTexts(entries: ReturnType<typeof sniffKind>['entries']): string[] {
  const texts: string[] = [];
  for (const e of entries) {
    if (e.name !== 'xl/sharedStrings.xml' && !e.name.startsWith('xl/worksheets/')) continue;
    for (const m of e.data.toString('utf8').matchAll(XML_TEXT)) texts.push(headerKey(decodeXml(m[1] ?? '')));
  }
  return texts;
}

function decodeXml(s: string): string {
  return s.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_m, e: string) => {
    const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
    if (named[e] !== undefined) return named[e];
    return String.fromCodePoint(e[1] === 'x' ? Number.parseInt(e.slice(2), 16) : Number.parseInt(e.slice(1), 10));
  });
}

/**
 * Which layout a workbook has, from the strings its first 64 KiB hold: a value column
 * ("Số liệu", "Kết quả", "Giá trị") with a label column means layout 1; a unit column
 * ("Mã đơn vị", "Tên đơn vị") without a value column means layout 2. `unknown` when the head holds no such strings (big files).
 */
export function detectLayout(file: IngestFile): { kind: HeadKind; layout: Layout } {
  const known = cache.get(file.head);
  if (known) return known;
  const found = sniffLayout(file.head);
  cache.set(file.head, found);
  return found;
}

/** Both Excel plugins detect the same head: sniff it once. */
const cache = new WeakMap<Uint8Array, { kind: HeadKind; layout: Layout }>();

function sniffLayout(head: Uint8Array): { kind: HeadKind; layout: Layout } {
  const { kind, entries } = sniffKind(head);
  if (kind !== 'xlsx') return { kind, layout: 'unknown' };
  const texts = new Set(headTexts(entries));
  const has = (set: Set<string>) => [...set].some((w) => texts.has(w));
  const form = has(FORM_COLUMNS.value) && (has(FORM_COLUMNS.label) || texts.has('ma chi tieu'));
  if (form) return { kind, layout: 'form' };
  const unitColumn = [...TABLE_COLUMNS.unitName, ...TABLE_COLUMNS.unitCode].some((w) => w !== 'ma' && w !== 'don vi' && texts.has(w));
  if (unitColumn) return { kind, layout: 'table' };
  return { kind, layout: 'unknown' };
}
