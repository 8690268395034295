import {
  DuckDBTypeId,
  JSDuckDBValueConverter,
  blobValue,
  listValue,
  timestampTZValue,
  type DuckDBValue,
  type DuckDBValueConverter,
} from '@duckdb/node-api';

/**
 * Values read from DuckDB as plain JSON-safe JS: BIGINT/HUGEINT → number (a string beyond
 * ±2^53), DECIMAL → number, DATE → `YYYY-MM-DD`, TIMESTAMP[TZ] → ISO `…Z`, TIME → `HH:MM:SS`,
 * JSON columns → parsed (in sql.ts). Lists and structs are converted recursively.
 */
export type PlainValue = string | number | boolean | null | Uint8Array | PlainValue[] | { [key: string]: PlainValue };

function bigToPlain(value: bigint): number | string {
  return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : value.toString();
}

export const plainConverter: DuckDBValueConverter<PlainValue> = (value, type, converter) => {
  if (value === null || value === undefined) return null;
  switch (type.typeId) {
    case DuckDBTypeId.BIGINT:
    case DuckDBTypeId.UBIGINT:
    case DuckDBTypeId.HUGEINT:
    case DuckDBTypeId.UHUGEINT:
    case DuckDBTypeId.BIGNUM:
      return bigToPlain(value as bigint);
    case DuckDBTypeId.DATE:
    case DuckDBTypeId.TIME:
    case DuckDBTypeId.TIME_TZ:
    case DuckDBTypeId.TIME_NS:
    case DuckDBTypeId.INTERVAL:
    case DuckDBTypeId.UUID:
      return String(value);
    case DuckDBTypeId.TIMESTAMP:
    case DuckDBTypeId.TIMESTAMP_S:
    case DuckDBTypeId.TIMESTAMP_MS:
    case DuckDBTypeId.TIMESTAMP_NS:
    case DuckDBTypeId.TIMESTAMP_TZ: {
      const date = JSDuckDBValueConverter(value, type, JSDuckDBValueConverter) as Date;
      return Number.isNaN(date.getTime()) ? String(value) : date.toISOString();
    }
    default:
      return JSDuckDBValueConverter(value, type, converter as never) as PlainValue;
  }
};

/** JS values bound as SQL parameters: Date → TIMESTAMPTZ, arrays → LIST, undefined → NULL. */
export function toDuckValue(value: unknown): DuckDBValue {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return value;
  if (value instanceof Date) return timestampTZValue(BigInt(value.getTime()) * 1000n);
  if (Array.isArray(value)) return listValue(value.map(toDuckValue));
  if (value instanceof Uint8Array) return blobValue(value);
  throw new TypeError(`Cannot bind a value of type ${Object.prototype.toString.call(value)}; stringify it first`);
}

export function toDuckValues(params: readonly unknown[] | undefined): DuckDBValue[] {
  return (params ?? []).map(toDuckValue);
}
