import { describe, expect, it } from 'vitest';
import { csvLong, csvWide } from '../src/index';
import { factLines, scratch } from './helpers';

const long = csvLong();
const wide = csvWide();
const files = scratch('delims');

describe('delimiters', () => {
  it.each([',', ';', '\t'])('reads a long file delimited by %j, quoted fields holding the others', async (d) => {
    const text = `${['Unit_Code', 'Period', 'Indicator', 'Value'].join(d)}\n${['24931', '2022S1', 'NX_HAN_CHE', '"a, b; c\td"'].join(d)}\n`;
    expect(await files.detect(long, text)).toBe(0.95);
    expect(factLines(await files.read(long, text))).toEqual(['24931|NX_HAN_CHE||a, b; c\td@2']);
  });

  it.each([',', ';', '\t'])('reads a wide file delimited by %j', async (d) => {
    const text = `${['Mã đơn vị', 'Kỳ báo cáo', 'TCD_LUOT', 'TCD_NGUOI'].join(d)}\n${['24931', '2022S1', '"1,5"', '2'].join(d)}\n`;
    expect(await files.detect(wide, text)).toBe(0.9);
    expect(factLines(await files.read(wide, text))).toEqual(['24931|TCD_LUOT||1,5@2', '24931|TCD_NGUOI||2@2']);
  });

  it('accepts Excel padding: empty cells beyond the header', async () => {
    const text = 'unit_code;period;indicator;value\r\n24931;2022S1;A;1;;;\r\n';
    expect(factLines(await files.read(long, text))).toEqual(['24931|A||1@2']);
  });
});

describe('detection', () => {
  it('gives a long file to csv-long and a table to csv-wide, never both', async () => {
    const longText = 'unit_code,period,indicator,value\n24931,2022S1,A,1\n';
    const wideText = 'unit_code,TCD_LUOT\n24931,1\n';
    expect([await files.detect(long, longText), await files.detect(wide, longText)]).toEqual([0.95, 0.1]);
    expect([await files.detect(long, wideText), await files.detect(wide, wideText)]).toEqual([0, 0.9]);
  });

  it('scores a table of unknown but code-like columns lower than one of catalog indicators', async () => {
    expect(await files.detect(wide, 'Đơn vị,CHI_TIEU_MOI\nXã Rô Men,1\n')).toBe(0.6);
    expect(await files.detect(wide, 'Đơn vị,Số lượt tiếp công dân\nXã Rô Men,1\n')).toBe(0.9);
  });

  it('leaves non-CSV bytes and a long file without a period column where they belong', async () => {
    expect(await files.detect(long, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0]), 'a.xlsx')).toBe(0);
    expect(await files.detect(long, '', 'empty.xlsx')).toBe(0);
    expect(await files.detect(long, 'unit_code,indicator,value\n1,A,1\n')).toBe(0.7);
  });
});

describe('long header names', () => {
  it('takes "Đơn vị" as the unit column and refuses a header without value', async () => {
    expect(factLines(await files.read(long, 'Đơn vị,Kỳ báo cáo,Mã chỉ tiêu,Số liệu\n24931,2022S1,A,1\n'))).toEqual(['24931|A||1@2']);
    expect(factLines(await files.read(long, 'Tên đơn vị,Mã đơn vị,Kỳ,Chỉ tiêu,Giá trị\nXã Rô Men,24931,2022S1,A,1\n'))).toEqual([
      '24931|A||1@2',
    ]);
    const drafts = await files.read(long, 'unit_code,period,indicator,amount\n24931,2022S1,A,1\n');
    expect(drafts[0]?.errors.map((e) => [e.code, e.message.includes('value')])).toEqual([['CSV_MISSING_COLUMN', true]]);
  });
});
