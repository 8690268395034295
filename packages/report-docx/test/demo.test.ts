/**
 * The demo's reports, through the real CLI on the demo database (`tonghop demo --no-serve`: the
 * units, every demo file in every input format, the pipeline run): Đam Rông 2022S1 carries every
 * figure of ../shared/spec/seed-figures.md in Vietnamese formats; Đam Rông 2021 its
 * classification; the province a period with missing units; Lạc Dương no data at all.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDocx, type OpenedDocx } from './read-docx';

const root = resolve(import.meta.dirname, '../../..');
let dir: string;
let db: string;

function cli(args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'apps/cli/src/main.ts'), ...args, '--db', db], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, TZ: 'Asia/Ho_Chi_Minh', UV_THREADPOOL_SIZE: '16' },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function report(unit: string, period: string): { docx: OpenedDocx; file: string; json: Record<string, unknown> } {
  const file = join(dir, `${unit}-${period.replace(/\W/gu, '_')}.docx`);
  const r = cli(['report', '--unit', unit, '--period', period, '--out', file, '--json']);
  expect(r.status, r.stderr).toBe(0);
  return { docx: openDocx(readFileSync(file)), file, json: JSON.parse(r.stdout) as Record<string, unknown> };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tonghop-report-'));
  db = join(dir, 'demo.duckdb');
  const demo = cli(['demo', '--no-serve']);
  expect(demo.status, demo.stderr).toBe(0);
}, 300_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('Đam Rông, 6 tháng đầu năm 2022: every seed figure, in words and Vietnamese formats', () => {
  let docx: OpenedDocx;
  let file: string;
  beforeAll(() => {
    const r = report('679', '6 tháng đầu năm 2022');
    docx = r.docx;
    file = r.file;
    expect(r.json).toMatchObject({ unit: '679', period: '2022S1', has_data: true, file });
  }, 120_000);

  it.each([
    ['tiếp công dân', 'đã tiếp 65 lượt với 80 người'],
    ['đơn thư', 'tiếp nhận 89 đơn, trong đó 14 đơn khiếu nại, 75 đơn kiến nghị, phản ánh'],
    ['đơn đã giải quyết', 'đã giải quyết 74 đơn (83,15%), còn 15 đơn đang tiếp tục giải quyết'],
    ['hồ sơ', 'Tiếp nhận 7.554 hồ sơ thủ tục hành chính; đã giải quyết 7.088 hồ sơ'],
    ['đúng hạn, quá hạn', 'đúng hạn 7.029 hồ sơ (đạt 99,17%), quá hạn 59 hồ sơ (0,83%)'],
    ['chưa giải quyết, không đủ điều kiện', 'chưa giải quyết 216 hồ sơ; 250 hồ sơ không đủ điều kiện, tạm dừng, bị hủy'],
    ['một cửa', '8/8 xã thực hiện cơ chế "một cửa"'],
    ['giám sát', 'tổ chức 13 cuộc giám sát'],
    ['phản biện', 'Tổ chức 02 cuộc phản biện xã hội'],
    [
      'tiếp xúc cử tri',
      '02 hội nghị tiếp xúc cử tri với Đoàn đại biểu Quốc hội, 04 hội nghị tiếp xúc cử tri với đại biểu Hội đồng nhân dân',
    ],
    ['hội nghị cán bộ', '100% cơ quan hành chính, đơn vị sự nghiệp (19/19 cơ quan, đơn vị) tổ chức hội nghị cán bộ, công chức'],
    ['doanh nghiệp', 'doanh nghiệp nhà nước đạt 100%, doanh nghiệp tư nhân đạt 50%'],
  ])('%s', (_what, sentence) => {
    expect(docx.paragraphs.some((p) => p.includes(sentence))).toBe(true);
  });

  it('gives the supervision by organisation and the social critique as footnotes', () => {
    expect(docx.footnotes).toContain(
      'Số cuộc giám sát theo tổ chức: Ủy ban Mặt trận Tổ quốc Việt Nam 04 cuộc, Hội Cựu chiến binh 01 cuộc, Hội Nông dân 02 cuộc, Liên đoàn Lao động 02 cuộc, Hội Liên hiệp Phụ nữ 02 cuộc, Đoàn Thanh niên Cộng sản Hồ Chí Minh 02 cuộc.',
    );
    expect(docx.footnotes).toContain('Số cuộc phản biện xã hội theo tổ chức chủ trì: Ủy ban Mặt trận Tổ quốc Việt Nam 02 cuộc.');
    expect(docx.parts.get('word/document.xml')).toContain('<w:footnoteReference w:id="1"/>');
  });

  it('is a state document: issuing body and quốc hiệu side by side, number and date line, title with the period in words', () => {
    const xml = docx.parts.get('word/document.xml') ?? '';
    const top = docx.paragraphs.slice(0, 12);
    expect(top).toEqual(
      expect.arrayContaining([
        'UBND HUYỆN ĐAM RÔNG',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập - Tự do - Hạnh phúc',
        'Số:        /BC-BCĐ',
        'Đam Rông, ngày      tháng      năm 2026'.replace('2026', top.find((p) => p.startsWith('Đam Rông, ngày'))?.slice(-4) ?? ''),
        'BÁO CÁO',
        'Kết quả thực hiện dân chủ ở cơ sở 6 tháng đầu năm 2022',
      ]),
    );
    // the first table (the header) has no borders; A4, margins 20/20/30/15 mm, Times New Roman, page numbers
    expect(xml.slice(xml.indexOf('<w:tbl>'), xml.indexOf('</w:tblPr>'))).toContain('<w:top w:val="none"');
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/u);
    expect(xml).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/u);
    expect(docx.parts.get('word/styles.xml')).toContain('w:ascii="Times New Roman"');
    const header = [...docx.parts].find(([name, x]) => name.startsWith('word/header') && x.includes('PAGE'));
    expect(header, 'a header with the PAGE field').toBeDefined();
    expect(docx.paragraphs).toContain('Nơi nhận:');
    expect(docx.paragraphs).toContain('TM. BAN CHỈ ĐẠO');
  });

  it('says who reported, without comparison when last year has no data', () => {
    expect(docx.text).toContain('Đến thời điểm tổng hợp, 8/8 xã, 19/19 cơ quan, 7/7 doanh nghiệp, 1/1 Ủy ban MTTQ đã gửi báo cáo.');
    expect(docx.text).not.toContain('cùng kỳ');
  });

  it('compiles the communes’ hạn chế and kiến nghị with their names', () => {
    expect(docx.text).toMatch(/\n- [^\n]+ \(xã [^\n]+\)\.\n/u);
  });

  it('has an appendix: the figures table and the sources of each figure (unit, file, version)', () => {
    const t1 = docx.paragraphs.indexOf('Số hồ sơ thủ tục hành chính tiếp nhận');
    expect(docx.paragraphs.slice(t1 + 1, t1 + 3)).toEqual(['hồ sơ', '7.554']);
    const t2 = docx.paragraphs.indexOf('Bảng 2. Nguồn số liệu');
    const rows = docx.paragraphs.slice(t2);
    const romen = rows.indexOf('01-xa-ro-men.xlsx');
    expect(rows.slice(romen - 3, romen + 2)).toEqual(['Xã Rô Men', 'XA', '2022S1', '01-xa-ro-men.xlsx', '1']);
  });

  const soffice = ['/usr/bin/soffice', '/usr/local/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));
  if (!soffice) console.warn('SKIPPED: LibreOffice (soffice) is not installed: the .docx → PDF conversion test does not run.');
  it.skipIf(!soffice)(
    'opens in LibreOffice (converted to PDF)',
    () => {
      const out = join(dir, 'pdf');
      const r = spawnSync(
        soffice ?? 'soffice',
        ['--headless', `-env:UserInstallation=file://${join(dir, 'lo-profile')}`, '--convert-to', 'pdf', '--outdir', out, file],
        {
          encoding: 'utf8',
          timeout: 180_000,
        },
      );
      const pdf = join(out, `${file.slice(file.lastIndexOf('/') + 1, -5)}.pdf`);
      expect(existsSync(pdf), `${r.stdout}\n${r.stderr}`).toBe(true);
      expect(statSync(pdf).size).toBeGreaterThan(20_000);
      expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    },
    200_000,
  );
});

describe('other units and periods of the demo', () => {
  it('Đam Rông, năm 2021: the classification of its units', () => {
    const { docx } = report('679', '2021');
    expect(docx.text).toContain(
      'Kết quả đánh giá, phân loại 27 đơn vị: 06 đơn vị hoàn thành xuất sắc nhiệm vụ, 16 đơn vị hoàn thành tốt nhiệm vụ, 05 đơn vị hoàn thành nhiệm vụ.',
    );
    expect(docx.text).not.toContain('tiếp công dân:');
  });

  it('the province in a period with missing units: coverage and who has not reported, by name', () => {
    const { docx } = report('68', '2022S1');
    expect(docx.text).toContain('UBND TỈNH LÂM ĐỒNG');
    expect(docx.text).toContain(
      '9/11 xã, 19/20 cơ quan, 7/7 doanh nghiệp, 1/1 Ủy ban MTTQ đã gửi báo cáo; còn 2 xã (xã Đạ Chais, xã Đạ Nhim); 1 cơ quan (Phòng Nội vụ huyện Lạc Dương) chưa gửi báo cáo.',
    );
    expect(docx.text).toContain('Có 1 xã (thị trấn Lạc Dương); 7 doanh nghiệp (');
    // Đam Rông's 65 and Lạc Dương's 4 (thị trấn Lạc Dương reported)
    expect(docx.text).toContain('đã tiếp 69 lượt với 85 người');
    expect(docx.paragraphs).toContain('Bảng 3. Đơn vị chưa báo cáo');
  });

  it('a unit with no data at all: a short report that says so', () => {
    const { docx, json } = report('672', '2023S1');
    expect(json).toMatchObject({ has_data: false, sources: 0 });
    expect(docx.text).toContain('Trong 6 tháng đầu năm 2023, chưa có đơn vị nào thuộc huyện Lạc Dương gửi báo cáo');
    expect(docx.text).toContain('Các đơn vị thuộc diện báo cáo gồm 3 xã, 1 cơ quan.');
    expect(docx.text).toContain(
      'Đơn vị chưa gửi báo cáo: 3 xã (thị trấn Lạc Dương, xã Đạ Chais, xã Đạ Nhim); 1 cơ quan (Phòng Nội vụ huyện Lạc Dương).',
    );
    expect(docx.text).not.toContain('KẾT QUẢ THỰC HIỆN');
    expect(docx.paragraphs).not.toContain('Bảng 1. Số liệu tổng hợp');
  });

  it('refuses an unknown unit (exit 1, no file) and a wrong extension (exit 2)', () => {
    const file = join(dir, 'x.docx');
    const r = cli(['report', '--unit', '99999', '--period', '2022S1', '--out', file]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('Không tìm thấy đơn vị có mã "99999"');
    expect(existsSync(file)).toBe(false);
    expect(cli(['report', '--unit', '679', '--period', '2022S1', '--out', join(dir, 'x.pdf')]).status).toBe(2);
  });
});
