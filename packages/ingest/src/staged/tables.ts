import type { Staging } from '@tonghop/warehouse';
import type { DraftGroup, RawGroups } from './groups';
import type { KeyRow, ValueRow } from './keys';

// The staging tables the staged SQL joins (see sql.ts), filled with what the JS side resolved.

/** The groups table: each raw (unit, period, form) text with its group and resolved form. */
export async function loadGroups(st: Staging, list: readonly DraftGroup[], ofRaw: readonly number[], raw: RawGroups): Promise<void> {
  await st.load('groups', [
    { name: 'u', type: 'VARCHAR' }, { name: 'p', type: 'VARCHAR' }, { name: 'f', type: 'VARCHAR' },
    { name: 'grp', type: 'INTEGER' }, { name: 'form', type: 'VARCHAR' },
  ], (a) => {
    for (let i = 0; i < raw.u.length; i++) {
      const grp = ofRaw[i] ?? 0;
      const form = list[grp]?.header?.form;
      a.appendVarchar(raw.u[i] ?? ''); a.appendVarchar(raw.p[i] ?? ''); a.appendVarchar(raw.f[i] ?? '');
      a.appendInteger(grp);
      if (form) a.appendVarchar(form); else a.appendNull();
      a.endRow();
    }
  });
}

/** The keys table: each distinct (indicator, option) text pair per form, resolved. */
export async function loadKeys(st: Staging, keys: readonly KeyRow[]): Promise<void> {
  await st.load('keys', [
    { name: 'i', type: 'VARCHAR' }, { name: 'o', type: 'VARCHAR' }, { name: 'form', type: 'VARCHAR' }, { name: 'blank', type: 'BOOLEAN' },
    { name: 'k', type: 'INTEGER' }, { name: 'ind', type: 'VARCHAR' }, { name: 'opt', type: 'VARCHAR' }, { name: 'int_kind', type: 'BOOLEAN' },
  ], (a) => {
    for (const k of keys) {
      a.appendVarchar(k.i); a.appendVarchar(k.o); a.appendVarchar(k.form); a.appendBoolean(k.blank);
      if (k.k === null) a.appendNull(); else a.appendInteger(k.k);
      if (k.indicator) a.appendVarchar(k.indicator.code); else a.appendNull();
      if (k.option === null) a.appendNull(); else a.appendVarchar(k.option);
      a.appendBoolean(k.indicator?.valueType === 'integer');
      a.endRow();
    }
  });
}

/** The values table: each distinct (value, indicator) pair the fast path does not read, parsed. */
export async function loadValues(st: Staging, values: readonly ValueRow[]): Promise<void> {
  await st.load('vals', [
    { name: 'v', type: 'VARCHAR' }, { name: 'ind', type: 'VARCHAR' }, { name: 'blank', type: 'BOOLEAN' }, { name: 'bad', type: 'BOOLEAN' },
    { name: 'has', type: 'BOOLEAN' }, { name: 'num', type: 'DOUBLE' }, { name: 'bool', type: 'BOOLEAN' }, { name: 'text', type: 'VARCHAR' },
  ], (a) => {
    for (const v of values) {
      a.appendVarchar(v.v); a.appendVarchar(v.ind); a.appendBoolean(v.blank); a.appendBoolean(v.bad); a.appendBoolean(v.has);
      if (v.num === null) a.appendNull(); else a.appendDouble(v.num);
      if (v.bool === null) a.appendNull(); else a.appendBoolean(v.bool);
      if (v.text === null) a.appendNull(); else a.appendVarchar(v.text);
      a.endRow();
    }
  });
}
