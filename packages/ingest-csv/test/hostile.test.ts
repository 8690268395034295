import { describe, expect, it } from 'vitest';
import { csvLong, csvWide } from '../src/index';
import { MAX_LINE_CHARS } from '../src/rows';
import { errorCodes, factLines, scratch } from './helpers';

const long = csvLong();
const files = scratch('hostile');
const HEADER = 'unit_code,period,indicator,value\n';
const messages = (drafts: Awaited<ReturnType<typeof files.read>>) => drafts.flatMap((d) => d.errors.map((e) => e.message));

describe('malformed CSV says what is wrong and where (issue 12 item 5)', () => {
  it('a line with more than a million columns is a line too long, not an unterminated quote', async () => {
    const drafts = await files.read(long, `${HEADER}24931,2022S1,TCD_LUOT,5${','.repeat(MAX_LINE_CHARS + 10)}\n`);
    expect(errorCodes(drafts)).toEqual(['CSV_LINE_TOO_LONG@2']);
    expect(messages(drafts)[0]).toMatch(/^Dòng 2 dài hơn 1\.048\.576 ký tự \(có (hơn )?[\d.]+ cột\)/);
  });

  it('a huge unquoted cell is a line too long, naming the column', async () => {
    const drafts = await files.read(long, `${HEADER}24931,2022S1,NX_HAN_CHE,${'x'.repeat(MAX_LINE_CHARS + 10)}\n`);
    expect(errorCodes(drafts)).toEqual(['CSV_LINE_TOO_LONG@2']);
    expect(messages(drafts)[0]).toContain('ô thứ 4 dài');
  });

  it('a huge field of escaped quotes is a field too long (or a quote never closed), at its line', async () => {
    const drafts = await files.read(long, `${HEADER}24931,2022S1,TCD_LUOT,1\n24931,2022S1,NX_HAN_CHE,"${'""'.repeat(MAX_LINE_CHARS)}"\n`);
    expect(errorCodes(drafts)).toEqual(['CSV_FIELD_TOO_LONG@3']);
    expect(messages(drafts)[0]).toMatch(/^Ô thứ 4 của dòng 3/);
  });

  it('an LF file with one quoted CRLF inside a field is read, not refused', async () => {
    const drafts = await files.read(long, `${HEADER}24931,2022S1,NX_HAN_CHE,"Dòng một\r\nDòng hai"\n24931,2022S1,TCD_LUOT,7\n`);
    expect(errorCodes(drafts)).toEqual([]);
    expect(factLines(drafts)).toEqual(['24931|NX_HAN_CHE||Dòng một\r\nDòng hai@2', '24931|TCD_LUOT||7@4']);
  });

  it('the same in a wide file', async () => {
    const wide = 'unit_code,period,TCD_LUOT,NX_HAN_CHE\n24931,2022S1,3,"a\r\nb"\n24934,2022S1,4,c\n';
    const drafts = await files.read(csvWide(), wide);
    expect(errorCodes(drafts)).toEqual([]);
    expect(drafts).toHaveLength(2);
  });

  it('a NUL byte is named with its line, not "format unknown"', async () => {
    const drafts = await files.read(long, `${HEADER}24931,2022S1,TCD_LUOT,5\n24931,2022S1,TCD_NGUOI,\u00006\n`);
    expect(await files.detect(long, `${HEADER}24931,2022S1,TCD_LUOT,\u00005\n`)).toBeGreaterThan(0.5);
    expect(errorCodes(drafts)).toEqual(['CSV_NUL_BYTE@3']);
    expect(messages(drafts)[0]).toContain('NUL');
  });

  it('a NUL past the head is found while decoding', async () => {
    const body = Array.from({ length: 5000 }, (_, i) => `24931,2022S1,TCD_LUOT,${i}`).join('\n');
    const drafts = await files.read(long, `${HEADER}${body}\n24931,2022S1,TCD_NGUOI,\u0000\n`);
    expect(errorCodes(drafts)).toEqual(['CSV_NUL_BYTE@5002']);
  });

  it('binary noise full of NULs is still not a CSV', async () => {
    expect(await files.detect(long, Buffer.alloc(4096))).toBe(0);
  });
});
