import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Warehouse } from '@tonghop/warehouse';
import { context, count, demoWarehouse, ingest, writeFiles } from './helpers';

const HEAD = ['unit=24931', 'period=2022S1', 'form=XA'];
let warehouse: Warehouse;
let dir: string;

beforeEach(async () => {
  ({ warehouse, dir } = await demoWarehouse());
});
afterEach(async () => {
  await warehouse.close();
});

/** Each case: the lines of a file, the code and the place of its first error. */
const cases: [string, string[], string, string | null, RegExp][] = [
  ['unknown unit', ['unit=99999', ...HEAD.slice(1), 'TCD_LUOT=1'], 'UNIT_NOT_FOUND', 'dòng 1', /không tìm thấy đơn vị "99999"/],
  ['unknown unit name', ['unit=Xã Không Có', ...HEAD.slice(1), 'TCD_LUOT=1'], 'UNIT_NOT_FOUND', 'dòng 1', /Xã Không Có/],
  ['inactive unit', ['unit=24955', ...HEAD.slice(1), 'TCD_LUOT=1'], 'UNIT_INACTIVE', 'dòng 1', /24955 .*không hoạt động trong kỳ 2022S1/],
  ['unit created later', ['unit=25001', ...HEAD.slice(1), 'TCD_LUOT=1'], 'UNIT_INACTIVE', 'dòng 1', /25001/],
  ['bad period', ['unit=24931', 'period=kỳ nào đó', 'form=XA', 'TCD_LUOT=1'], 'PERIOD_INVALID', 'dòng 2', /kỳ nào đó/],
  [
    'form of another unit type',
    ['unit=24931', 'period=2022S1', 'form=CQ', 'TCD_LUOT=1'],
    'FORM_UNIT_MISMATCH',
    'dòng 3',
    /biểu mẫu CQ không dành cho đơn vị 24931/,
  ],
  ['district submits nothing', ['unit=679', 'period=2022S1', 'TCD_LUOT=1'], 'FORM_NONE_FOR_UNIT', 'dòng 1', /679/],
  ['unknown indicator', [...HEAD, 'KHONG_CO=1'], 'INDICATOR_UNKNOWN', 'dòng 4', /KHONG_CO/],
  ['indicator of another form', [...HEAD, 'DN_LAO_DONG=1'], 'INDICATOR_NOT_IN_FORM', 'dòng 4', /DN_LAO_DONG không thuộc biểu XA/],
  ['derived ratio', [...HEAD, 'DON_GQ_TY_LE=50%'], 'INDICATOR_DERIVED', 'dòng 4', /DON_GQ_TY_LE/],
  ['text in a number', [...HEAD, 'TCD_LUOT=mười'], 'VALUE_NOT_NUMBER', 'dòng 4', /TCD_LUOT/],
  ['negative count', [...HEAD, 'TCD_LUOT=-3'], 'NEGATIVE_VALUE', 'dòng 4', /TCD_LUOT/],
  ['option on a plain indicator', [...HEAD, 'TCD_LUOT.MTTQ=1'], 'OPTION_NOT_ALLOWED', 'dòng 4', /TCD_LUOT/],
  ['unknown category value', [...HEAD, 'XEP_LOAI=Xuất sắc lắm'], 'UNKNOWN_OPTION', 'dòng 4', /XEP_LOAI/],
  [
    'the same fact twice',
    [...HEAD, 'TCD_LUOT=1', 'TCD_NGUOI=2', 'TCD_LUOT=1'],
    'DUPLICATE_FACT',
    'dòng 4, dòng 6',
    /TCD_LUOT được khai hai lần \(dòng 4 và dòng 6\)/,
  ],
  ['plugin error carried over', [...HEAD, 'TCD_LUOT=1', '!dòng hỏng'], 'TEST_PLUGIN', 'dòng 5', /dòng hỏng/],
  ['no values at all', [...HEAD, 'TCD_LUOT='], 'NO_DATA', null, /không có số liệu/],
];

describe('refused submissions: nothing stored, an audit entry, a placed Vietnamese message', () => {
  it.each(cases)('%s', async (_name, lines, rule, cell, pattern) => {
    const [path = ''] = await writeFiles(dir, { 'bad.tl': lines.join('\n') });
    const [r, ...rest] = await ingest([path], context(warehouse));
    expect(rest).toHaveLength(0);
    expect(r).toMatchObject({ status: 'rejected', submission_id: null, supersedes: null, facts: 0 });
    expect(r?.errors[0]).toMatchObject({ rule, cell });
    expect(r?.errors[0]?.message).toMatch(pattern);
    expect(r?.errors[0]?.message.startsWith(`tệp ${path}`)).toBe(true);
    expect(await count(warehouse, 'submissions')).toBe(0);
    expect(await count(warehouse, 'facts')).toBe(0);
    const audit = await warehouse.query<{ action: string }>("select action from audit_log where action like 'submission.%'");
    expect(audit.map((a) => a.action)).toEqual(['submission.refuse']);
  });

  it('an option resolves by alias; an unknown option is refused', async () => {
    const mt = ['unit=MT679', 'period=2022S1', 'MT_GIAM_SAT.Mặt trận=4', 'MT_GIAM_SAT.Huyện đoàn=2'];
    const [ok = '', bad = ''] = await writeFiles(dir, { 'mt.tl': mt.join('\n'), 'mt-bad.tl': [...mt, 'MT_GIAM_SAT.Hội Kín=1'].join('\n') });
    const [a, b] = await ingest([ok, bad], context(warehouse));
    expect(a).toMatchObject({ status: 'accepted', form: 'MT', facts: 2 });
    const facts = await warehouse.getFacts(a?.submission_id ?? -1);
    expect(facts.map((f) => f.option).sort()).toEqual(['DTN', 'MTTQ']);
    expect(b?.errors[0]).toMatchObject({ rule: 'OPTION_UNKNOWN', cell: 'dòng 5' });
  });

  it('a unit matched by name (case, diacritics, prefix ignored); an ambiguous name names both', async () => {
    const [byName = ''] = await writeFiles(dir, { 'name.tl': ['unit=ro men', ...HEAD.slice(1), 'TCD_LUOT=1'].join('\n') });
    const [a] = await ingest([byName], context(warehouse));
    expect(a).toMatchObject({ status: 'accepted', unit: '24931' });
    await warehouse.importUnits(
      [{ code: '24999', name: 'Xã Rô Men', type: 'xa', parentCode: '672', groups: [], validFrom: null, validTo: null }],
      'test',
    );
    const [twice = ''] = await writeFiles(dir, { 'twice.tl': ['unit=Rô Men', ...HEAD.slice(1), 'TCD_LUOT=1'].join('\n') });
    const [b] = await ingest([twice], context(warehouse));
    expect(b?.errors[0]).toMatchObject({ rule: 'UNIT_AMBIGUOUS', cell: 'dòng 1' });
    expect(b?.errors[0]?.message).toMatch(/24931 .* và 24999 /);
  });

  it('an uploader outside its units is refused', async () => {
    const [path = ''] = await writeFiles(dir, { 'x.tl': [...HEAD, 'TCD_LUOT=1'].join('\n') });
    const [r] = await ingest([path], context(warehouse, { mayUploadFor: (u) => u.code !== '24931' }));
    expect(r?.errors[0]?.rule).toBe('UNIT_FORBIDDEN');
  });
});
