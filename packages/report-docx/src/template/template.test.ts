import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATES_DIR, loadTemplates } from './files';
import { formatCount, formatPercent } from '../numbers';
import { parseSection, parseTexts } from './parse';
import { plainText, renderLine } from './render';

const line = (text: string) => {
  const [l] = parseSection('t.txt', text).lines;
  if (l?.kind !== 'paragraph') throw new Error('not a paragraph');
  return l.content;
};
const values: Record<string, string | null> = { A: '89', B: '14', Z: null, zero: '0' };
const render = (text: string) => {
  const pieces = renderLine(line(text), (p) => values[p.name] ?? null);
  return pieces === null ? null : plainText(pieces);
};

describe('the template language', () => {
  it('leaves out a sentence whose placeholder has no data, and an optional part likewise', () => {
    expect(render('Tiếp nhận {A} đơn[, trong đó {B} đơn khiếu nại][, {Z} đơn tố cáo].')).toBe(
      'Tiếp nhận 89 đơn, trong đó 14 đơn khiếu nại.',
    );
    expect(render('Có {Z} đơn.')).toBeNull();
    expect(render('[{Z} đơn; ][{Z} hồ sơ]')).toBeNull();
    expect(render('(Nêu các văn bản chỉ đạo.)')).toBe('(Nêu các văn bản chỉ đạo.)');
  });

  it('drops an optional part whose inner parts all lack data, and tidies the punctuation left over', () => {
    expect(render('Tiếp nhận {A} đơn[, trong đó[ {Z} khiếu nại,][ {Z} tố cáo]]; còn {B} đơn.')).toBe('Tiếp nhận 89 đơn; còn 14 đơn.');
    expect(render('[{Z} đơn; ]còn {B} đơn[ ({Z})].')).toBe('Còn 14 đơn.');
    expect(render('- [tiếp {Z}; ][giải quyết {A} đơn, ][còn {Z}].')).toBe('- Giải quyết 89 đơn.');
  });

  it('keeps footnotes apart from the text', () => {
    const pieces = renderLine(line('Giám sát {A} cuộc^[Trong đó {B} cuộc của MTTQ.][ ({Z})].'), (p) => values[p.name] ?? null);
    expect(pieces).toEqual([
      { kind: 'text', text: 'Giám sát 89 cuộc' },
      { kind: 'footnote', pieces: [{ kind: 'text', text: 'Trong đó 14 cuộc của MTTQ.' }] },
      { kind: 'text', text: '.' },
    ]);
  });

  it('reads headings, blocks, notes and escapes', () => {
    const s = parseSection('t.txt', '> ghi chú\n# Kết quả\n## Tiếp dân\n{{han_che}}\nIn \\[ngoặc\\] và \\{ngoặc nhọn\\}');
    expect(s.lines.map((l) => l.kind)).toEqual(['heading', 'heading', 'block', 'paragraph']);
    const last = s.lines[3];
    expect(last?.kind === 'paragraph' && renderLine(last.content, () => null)).toEqual([
      { kind: 'text', text: 'In [ngoặc] và {ngoặc nhọn}' },
    ]);
  });

  it('reads modifiers and refuses bad syntax naming the file and line', () => {
    const [node] = line('{MT_GIAM_SAT.MTTQ:options@so_huu:tu_nhan|02|nonzero}');
    expect(node).toMatchObject({
      placeholder: { name: 'MT_GIAM_SAT', option: 'MTTQ', field: 'options', group: 'so_huu:tu_nhan', pad: 2, nonzero: true },
    });
    expect(() => parseSection('3-ket-qua.txt', 'dòng một\nTiếp {TCD_LUOT lượt')).toThrow('Mẫu câu 3-ket-qua.txt, dòng 2: thiếu dấu "}"');
    expect(() => parseSection('x.txt', '[mở mà không đóng')).toThrow(/dòng 1: thiếu dấu "\]"/u);
    expect(() => parseSection('x.txt', '{A|dam}')).toThrow(/"\|dam"/u);
    expect(() => parseTexts('van-ban.txt', 'không có dấu bằng')).toThrow(/van-ban.txt, dòng 1/u);
    expect(parseTexts('v.txt', 'a = một\na = hai').values.get('a')).toHaveLength(2);
  });
});

describe('the template files', () => {
  it('load, and a placeholder naming no indicator, option or field is refused with the file', async () => {
    const shipped = await loadTemplates();
    expect(shipped.sections.map((x) => x.file)).toEqual([
      '1-khai-quat.txt',
      '2-chi-dao.txt',
      '3-ket-qua.txt',
      '4-danh-gia.txt',
      '5-nhiem-vu.txt',
    ]);
    const dir = await mkdtemp(join(tmpdir(), 'tonghop-tpl-'));
    try {
      await cp(DEFAULT_TEMPLATES_DIR, dir, { recursive: true });
      const file = join(dir, '3-ket-qua.txt');
      await writeFile(file, `${await readFile(file, 'utf8')}\n- Có {TCD_LUOTT} lượt.\n`);
      await expect(loadTemplates(dir)).rejects.toThrow('Mẫu câu 3-ket-qua.txt: chỗ điền "{TCD_LUOTT}" không có chỉ tiêu mã "TCD_LUOTT"');
      await writeFile(file, '- {MT_GIAM_SAT.XYZ} cuộc.\n');
      await expect(loadTemplates(join(dir, '.'))).rejects.toThrow('không có phân tổ "XYZ"');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('Vietnamese number formats', () => {
  it('writes 7.554, 02, 99,17%, 100%', () => {
    expect(formatCount(7554)).toBe('7.554');
    expect(formatCount(2, 2)).toBe('02');
    expect(formatCount(16, 2)).toBe('16');
    expect(formatCount(1234.5)).toBe('1.234,5');
    expect(formatPercent(0.9917)).toBe('99,17%');
    expect(formatPercent(1)).toBe('100%');
    expect(formatPercent(0.5)).toBe('50%');
  });
});
