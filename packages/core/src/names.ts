/**
 * Name normalisation for matching units, headers, labels and options written by hand:
 * case, diacritics (NFC or NFD, đ → d), apostrophe variants, punctuation and extra spaces.
 */

const APOSTROPHES = /['’‘`´ʼ]/g;

/** Lower case, no diacritics, no apostrophes, punctuation as spaces, single spaces, trimmed. */
export function normalizeName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(APOSTROPHES, '')
    .replace(/[^\p{L}\p{N}%]+/gu, ' ')
    .trim();
}

/** Administrative prefixes (already normalised), longest first so "thi tran" wins over "thi". */
const NAME_PREFIXES = [
  'uy ban nhan dan',
  'ubnd',
  'thi tran',
  'thi xa',
  'dac khu',
  'thanh pho',
  'phuong',
  'huyen',
  'quan',
  'tinh',
  'xa',
  'tp',
];

/**
 * Strip leading administrative prefixes from a normalised name ("ubnd xa lieng sronh" →
 * "lieng sronh"). Repeats, so "UBND xã" and "Ủy ban nhân dân huyện" both go. Never returns "".
 */
export function stripNamePrefixes(normalized: string): string {
  let rest = normalized;
  for (;;) {
    const prefix = NAME_PREFIXES.find((p) => rest.startsWith(`${p} `));
    if (!prefix) return rest;
    rest = rest.slice(prefix.length + 1);
  }
}

/** The normalised name with prefixes removed: the key used to match unit names. */
export function nameKey(text: string): string {
  return stripNamePrefixes(normalizeName(text));
}
