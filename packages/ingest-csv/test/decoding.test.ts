import { describe, expect, it } from 'vitest';
import { csvLong } from '../src/index';
import { sniffEncoding } from '../src/encoding';
import { errorCodes, factLines, scratch, utf16le } from './helpers';

const plugin = csvLong();
const files = scratch('decoding');
const HEADER = 'unit_code,period,indicator,value\n';

describe('sniffEncoding', () => {
  it('reads BOMs and NUL patterns', () => {
    expect(sniffEncoding(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toEqual({ encoding: 'utf-8', bomLength: 3 });
    expect(sniffEncoding(utf16le('a\tb\r\n'))).toEqual({ encoding: 'utf-16le', bomLength: 2 });
    expect(sniffEncoding(utf16le('unit_code\tperiod\r\n', false))).toEqual({ encoding: 'utf-16le', bomLength: 0 });
    expect(sniffEncoding(new Uint8Array([0xfe, 0xff, 0, 0x61]))).toEqual({ encoding: 'utf-16be', bomLength: 2 });
    expect(sniffEncoding(Buffer.from('unit_code,period\n'))).toEqual({ encoding: 'utf-8', bomLength: 0 });
  });
});

describe('decoding', () => {
  it('reads UTF-16LE without a BOM, tab-delimited', async () => {
    const drafts = await files.read(
      plugin,
      utf16le('unit_code\tperiod\tindicator\tvalue\r\n24931\t2022S1\tNX_HAN_CHE\tHương ước\r\n', false),
    );
    expect(factLines(drafts)).toEqual(['24931|NX_HAN_CHE||Hương ước@2']);
  });

  it('reads UTF-16BE with a BOM', async () => {
    const le = Buffer.from(`${HEADER}24931,2022S1,TCD_LUOT,8\n`, 'utf16le');
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(le).swap16()]);
    expect(factLines(await files.read(plugin, be))).toEqual(['24931|TCD_LUOT||8@2']);
  });

  it('keeps multi-byte characters whole across read blocks (the papaparse trap)', async () => {
    const value = 'Đạ M’Rông – hương ước, quy ước';
    const body = Array.from({ length: 30_000 }, (_, i) => `${24931 + (i % 8) * 3},2022S1,X${i},"${value}"\n`).join('');
    const drafts = await files.read(plugin, HEADER + body);
    const raws = drafts.flatMap((d) => d.facts.map((f) => f.raw));
    expect(raws).toHaveLength(30_000);
    expect(raws.filter((r) => r !== value)).toEqual([]);
  });

  it('keeps UTF-16LE characters whole across read blocks', async () => {
    const body = Array.from({ length: 20_000 }, (_, i) => `24931\t2022S1\tX${i}\tĐạ Tông ${i}\r\n`).join('');
    const drafts = await files.read(plugin, utf16le(`unit_code\tperiod\tindicator\tvalue\r\n${body}`));
    const facts = drafts.flatMap((d) => d.facts);
    expect(facts).toHaveLength(20_000);
    expect(facts.filter((f, i) => f.raw !== `Đạ Tông ${i}` || f.source.line !== i + 2)).toEqual([]);
  });

  it('names the line of the first Windows-1258 byte, far into a big file', async () => {
    const good = Array.from({ length: 49_998 }, (_, i) => `24931,2022S1,X${i},1\n`).join('');
    const bytes = Buffer.concat([Buffer.from(HEADER + good), Buffer.from([0x32, 0x34, 0x39, 0x33, 0x31, 0x2c, 0xd0, 0x1e, 0x0a])]);
    const drafts = await files.read(plugin, bytes);
    expect(errorCodes(drafts)).toEqual(['CSV_NOT_UTF8@50000']);
    expect(drafts[0]?.errors[0]?.message).toContain('dòng 50000');
  });

  it('tells mixed encodings apart from a wholly non-UTF-8 file', async () => {
    const bytes = Buffer.concat([
      Buffer.from(`${HEADER}24931,2022S1,NX_HAN_CHE,Thôn\n24931,2022S1,NX_DE_XUAT,`),
      Buffer.from([0xd0, 0xea, 0xcc, 0x0a]),
    ]);
    expect(errorCodes(await files.read(plugin, bytes))).toEqual(['CSV_MIXED_ENCODING@3']);
  });

  it('reports a broken UTF-16 surrogate with its line', async () => {
    const bytes = Buffer.concat([utf16le(`${HEADER}24931,2022S1,A,1\n24931,2022S1,B,`), Buffer.from([0x00, 0xd8, 0x41, 0x00, 0x0a, 0x00])]);
    expect(errorCodes(await files.read(plugin, bytes))).toEqual(['CSV_BAD_UTF16@3']);
  });

  it('refuses binary noise as not text', async () => {
    expect(errorCodes(await files.read(plugin, new Uint8Array([1, 2, 3, 0, 5, 6, 7, 8, 9, 0, 1, 2])))).toEqual(['CSV_NOT_TEXT@1']);
  });
});
