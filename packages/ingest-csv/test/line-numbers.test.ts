import { describe, expect, it } from 'vitest';
import { csvLong } from '../src/index';
import { errorCodes, factLines, scratch } from './helpers';

const plugin = csvLong();
const files = scratch('lines');

describe('physical line numbers', () => {
  it('counts line breaks inside quoted fields (LF and CRLF) and blank lines; values are trimmed', async () => {
    for (const nl of ['\n', '\r\n']) {
      const text = [
        'unit_code,period,indicator,value',
        '24931,2022S1,A,"x',
        'y',
        'z"',
        '',
        '24931,2022S1,B,1',
        '"24931",2022S1,C,"a',
        '"',
        '24931,2022S1,D,2',
        '',
      ].join(nl);
      expect(factLines(await files.read(plugin, text))).toEqual([
        `24931|A||x${nl}y${nl}z@2`,
        '24931|B||1@6',
        '24931|C||a@7',
        '24931|D||2@9',
      ]);
    }
  });

  it('counts a stray LF inside an unquoted field of a CRLF file as a line', async () => {
    const drafts = await files.read(plugin, 'unit_code,period,indicator,value\r\n24931,2022S1,A,x\ny\r\n24931,2022S1,B,1\r\n');
    expect(factLines(drafts)).toEqual(['24931|A||x\ny@2', '24931|B||1@4']);
  });

  it('counts lines of a file with no final line break and a header after blank lines', async () => {
    const drafts = await files.read(plugin, 'unit_code,period,indicator,value\n\n\n24931,2022S1,A,1');
    expect(factLines(drafts)).toEqual(['24931|A||1@4']);
  });

  it('keeps counting right when quoted line breaks straddle read blocks', async () => {
    const lines: string[] = ['unit_code,period,indicator,value'];
    const expected: string[] = [];
    let line = 2;
    for (let i = 0; i < 40_000; i++) {
      if (i % 997 === 0) {
        lines.push(`24931,2022S1,M${i},"ghi chú`, 'nhiều', `dòng ${i}"`);
        expected.push(`24931|M${i}||ghi chú\nnhiều\ndòng ${i}@${line}`);
        line += 3;
      } else {
        lines.push(`24931,2022S1,N${i},${i}`);
        expected.push(`24931|N${i}||${i}@${line}`);
        line += 1;
      }
    }
    expect(factLines(await files.read(plugin, `${lines.join('\n')}\n`))).toEqual(expected);
  });

  it('names the lines of wrong field counts and of a missing unit', async () => {
    const text = 'unit_code,period,indicator,value\n24931,2022S1,A,1,5\n,2022S1,B,1\n24931,2022S1,C\n24931,2022S1,D,1,,\n';
    expect(errorCodes(await files.read(plugin, text))).toEqual(['CSV_FIELD_COUNT@2', 'CSV_MISSING_UNIT@3', 'CSV_FIELD_COUNT@4']);
  });

  it('caps the list of errors of a badly broken file', async () => {
    const text = `unit_code,period,indicator,value\n${'a,b\n'.repeat(100)}`;
    const codes = errorCodes(await files.read(plugin, text));
    expect(codes).toHaveLength(21);
    expect(codes.at(-1)).toBe('CSV_TOO_MANY_ERRORS@22');
  });
});
