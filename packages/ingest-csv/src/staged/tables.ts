import type { StagingTables } from '@tonghop/ingest-contract';
import type { DraftGroup, RawGroups } from './groups';
import type { KeyRow, ValueRow } from './keys';

// The staging tables the staged SQL joins (see sql.ts), filled with what the JS side resolved.

/** The groups table: each raw (unit, period, form) text with its group and resolved form. */
export async function loadGroups(st: StagingTables, list: readonly DraftGroup[], ofRaw: readonly number[], raw: RawGroups): Promise<void> {
  await st.load('groups', [
    { name: 'u', type: 'VARCHAR', values: raw.u },
    { name: 'p', type: 'VARCHAR', values: raw.p },
    { name: 'f', type: 'VARCHAR', values: raw.f },
    { name: 'grp', type: 'INTEGER', values: ofRaw },
    { name: 'form', type: 'VARCHAR', values: ofRaw.map((grp) => list[grp]?.header?.form ?? null) },
  ]);
}

/** The keys table: each distinct (indicator, option) text pair per form, resolved. */
export async function loadKeys(st: StagingTables, keys: readonly KeyRow[]): Promise<void> {
  await st.load('keys', [
    { name: 'i', type: 'VARCHAR', values: keys.map((k) => k.i) },
    { name: 'o', type: 'VARCHAR', values: keys.map((k) => k.o) },
    { name: 'form', type: 'VARCHAR', values: keys.map((k) => k.form) },
    { name: 'blank', type: 'BOOLEAN', values: keys.map((k) => k.blank) },
    { name: 'k', type: 'INTEGER', values: keys.map((k) => k.k) },
    { name: 'ind', type: 'VARCHAR', values: keys.map((k) => k.indicator?.code ?? null) },
    { name: 'opt', type: 'VARCHAR', values: keys.map((k) => k.option) },
    { name: 'int_kind', type: 'BOOLEAN', values: keys.map((k) => k.indicator?.valueType === 'integer') },
  ]);
}

/** The values table: each distinct (value, indicator) pair the fast path does not read, parsed. */
export async function loadValues(st: StagingTables, values: readonly ValueRow[]): Promise<void> {
  await st.load('vals', [
    { name: 'v', type: 'VARCHAR', values: values.map((v) => v.v) },
    { name: 'ind', type: 'VARCHAR', values: values.map((v) => v.ind) },
    { name: 'blank', type: 'BOOLEAN', values: values.map((v) => v.blank) },
    { name: 'bad', type: 'BOOLEAN', values: values.map((v) => v.bad) },
    { name: 'has', type: 'BOOLEAN', values: values.map((v) => v.has) },
    { name: 'num', type: 'DOUBLE', values: values.map((v) => v.num) },
    { name: 'bool', type: 'BOOLEAN', values: values.map((v) => v.bool) },
    { name: 'text', type: 'VARCHAR', values: values.map((v) => v.text) },
  ]);
}
