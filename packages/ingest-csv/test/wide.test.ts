import { describe, expect, it } from 'vitest';
import { isTotalLabel } from '../src/headers';
import { csvWide } from '../src/index';
import { looseNumber } from '../src/wide-totals';
import { errorCodes, factLines, scratch } from './helpers';

const plugin = csvWide();
const files = scratch('wide');

describe('total rows', () => {
  it('knows total labels and does not mistake enterprises for them', () => {
    expect(['Cộng', 'TỔNG CỘNG', 'Tổng số', 'Tổng cộng toàn huyện', 'Tổng'].map(isTotalLabel)).toEqual([true, true, true, true, true]);
    expect(['Công ty TNHH Nông sản Phi Liêng', 'Xã Đạ Tông', 'Cộng đồng'].map(isTotalLabel)).toEqual([false, false, false]);
  });

  it('reads numbers the Vietnamese way for the check', () => {
    expect(['7.554', '7 554', '1.234,5', '08', '2,5', '1.5', '99,17%', 'Có'].map(looseNumber)).toEqual([
      7554,
      7554,
      1234.5,
      8,
      2.5,
      1.5,
      null,
      null,
    ]);
  });

  it('checks each block against its own total row, skipping text columns', async () => {
    const text = [
      'Đơn vị,Kỳ báo cáo,TCD_LUOT,XA_MOT_CUA',
      'Xã Rô Men,2022S1,1.000,Có',
      'Xã Đạ Tông,2022S1,2,Không',
      'Cộng,,1.002,2/2',
      'Xã Phi Liêng,2022S1,5,Có',
      'Tổng số,,4,',
    ].join('\n');
    const drafts = await files.read(plugin, text);
    expect(drafts.map((d) => [d.unit?.text, d.warnings.map((w) => `${w.code}@${w.source.line}`)])).toEqual([
      ['Xã Rô Men', []],
      ['Xã Đạ Tông', []],
      ['Xã Phi Liêng', ['CSV_TOTAL_MISMATCH@6']],
    ]);
  });
});

describe('unit rows', () => {
  it('prefers the code column, falls back to the name, and reports a row with neither', async () => {
    const text = 'Mã đơn vị,Tên đơn vị,Kỳ báo cáo,TCD_LUOT\n24931,Xã Rô Men,2022S1,1\n,Xã Đạ Tông,2022S1,2\n,,2022S1,3\n';
    const drafts = await files.read(plugin, text);
    expect(drafts.map((d) => d.unit?.text ?? null)).toEqual(['24931', 'Xã Đạ Tông', null]);
    expect(errorCodes(drafts)).toEqual(['CSV_MISSING_UNIT@4']);
  });

  it('lets a period column override the preamble and reads label/value preamble cells', async () => {
    const text = 'Biểu mẫu;XA\nKỳ báo cáo;Năm 2022\n\nMã đơn vị;Kỳ;TCD_LUOT\n24931;;1\n24934;2022S1;2\n';
    const drafts = await files.read(plugin, text);
    expect(drafts.map((d) => [d.period?.text, d.period?.source.line, d.form?.text])).toEqual([
      ['Năm 2022', 2, 'XA'],
      ['2022S1', 6, 'XA'],
    ]);
    expect(factLines(drafts)).toEqual(['24931|TCD_LUOT||1@5', '24934|TCD_LUOT||2@6']);
  });

  it('refuses a file without a unit column and one with a duplicate column', async () => {
    expect(errorCodes(await files.read(plugin, 'a,b\n1,2\n'))).toEqual(['CSV_NO_HEADER@1']);
    expect(errorCodes(await files.read(plugin, 'Mã đơn vị,Kỳ,TCD_LUOT,tcd_luot\n24931,2022S1,1,2\n'))).toEqual(['CSV_DUPLICATE_COLUMN@1']);
  });
});
