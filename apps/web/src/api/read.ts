// Small readers that accept the API's JSON in the forms it may take (a flat list or a nested
// tree, `label_vi` or `label`, ...) and return the page's own types.
type Obj = Record<string, unknown>;

export function isObj(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function str(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  return null;
}

export function num(value: unknown): number | null {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value))) return Number(value);
  return null;
}

export function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function strings(value: unknown): string[] {
  if (typeof value === 'string')
    return value
      .split(/[;,]/u)
      .map((s) => s.trim())
      .filter(Boolean);
  return list(value)
    .map((v) => (isObj(v) ? str(v.code) : str(v)))
    .filter((v): v is string => v !== null);
}

/** The array inside an answer: the answer itself, or its first array-valued key among `keys`. */
export function arrayIn(body: unknown, ...keys: string[]): unknown[] {
  if (Array.isArray(body)) return body;
  if (isObj(body)) {
    for (const key of keys) if (Array.isArray(body[key])) return body[key] as unknown[];
  }
  return [];
}
