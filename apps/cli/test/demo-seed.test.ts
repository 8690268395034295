/**
 * The demo reproduces every figure of ../shared/spec/seed-figures.md, through the real CLI:
 * units import → ingest of every demo file (every input format) → run → rollup --json.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const demo = join(root, 'fixtures/demo');
let dir: string;
let db: string;

function cli(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [join(root, 'apps/cli/bin/tonghop.mjs'), ...args, '--db', db], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, TZ: 'Asia/Ho_Chi_Minh' },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface Figure {
  indicator: string;
  option: string | null;
  value: number;
  numerator: number | null;
  denominator: number | null;
  reporting_units: number;
  expected_units: number;
  false_units: string[];
}

function rollup(unit: string, period: string, extra: string[] = []): Map<string, Figure> {
  const r = cli(['rollup', '--unit', unit, '--period', period, '--json', ...extra]);
  expect(r.status, r.stderr).toBe(0);
  const body = JSON.parse(r.stdout) as { unit: string; period: string; figures: Figure[] };
  expect(body.unit).toBe(unit);
  expect(body.period).toBe(period);
  return new Map(body.figures.map((f) => [`${f.indicator}${f.option === null ? '' : `.${f.option}`}`, f]));
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tonghop-demo-'));
  db = join(dir, 'demo.duckdb');
  const units = cli(['units', 'import', join(root, 'fixtures/units/demo-units.csv'), '--json']);
  expect(units.status, units.stderr).toBe(0);
  const manifest = JSON.parse(readFileSync(join(demo, 'manifest.json'), 'utf8')) as { files: { path: string; received_at: string }[] };
  for (const file of manifest.files) {
    const r = cli(['ingest', join(demo, file.path), '--received-at', file.received_at, '--json']);
    const results = JSON.parse(r.stdout) as { status: string; errors: unknown[] }[];
    for (const result of results) expect(result.status, `${file.path}: ${JSON.stringify(result.errors)}`).toBe('accepted');
    expect(r.status, r.stderr).toBe(0);
  }
  const run = cli(['run', '--json']);
  expect(run.status, run.stderr).toBe(0);
}, 300_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('Đam Rông, 6 tháng đầu năm 2022 (seed-figures.md)', () => {
  let f: Map<string, Figure>;
  beforeAll(() => {
    f = rollup('679', '2022S1');
  });
  const value = (key: string) => f.get(key)?.value;

  it('tiếp công dân 65 lượt với 80 người', () => {
    expect([value('TCD_LUOT'), value('TCD_NGUOI')]).toEqual([65, 80]);
  });
  it('89 đơn: 14 khiếu nại, 75 kiến nghị, 0 tố cáo; 74 đã giải quyết, 15 đang giải quyết', () => {
    expect([value('DON_TONG'), value('DON_KHIEU_NAI'), value('DON_KIEN_NGHI'), value('DON_TO_CAO')]).toEqual([89, 14, 75, 0]);
    expect([value('DON_DA_GQ'), value('DON_DANG_GQ')]).toEqual([74, 15]);
    const ratio = f.get('DON_GQ_TY_LE')!;
    expect([ratio.numerator, ratio.denominator]).toEqual([74, 89]);
    expect(ratio.value).toBeCloseTo(74 / 89, 4);
  });
  it('hồ sơ 7.554 tiếp nhận, 7.088 đã giải quyết: 7.029 đúng hạn (99,17%), 59 quá hạn (0,83%)', () => {
    expect([value('TTHC_TIEP_NHAN'), value('TTHC_DA_GQ'), value('TTHC_DUNG_HAN'), value('TTHC_QUA_HAN')]).toEqual([7554, 7088, 7029, 59]);
    expect(Number(value('TTHC_DUNG_HAN_TY_LE')!.toFixed(4))).toBe(0.9917);
    expect(Number(value('TTHC_QUA_HAN_TY_LE')!.toFixed(4))).toBe(0.0083);
    expect([f.get('TTHC_DUNG_HAN_TY_LE')!.numerator, f.get('TTHC_DUNG_HAN_TY_LE')!.denominator]).toEqual([7029, 7088]);
  });
  it('216 chưa giải quyết; 250 không đủ điều kiện, tạm dừng, bị hủy', () => {
    expect([value('TTHC_CHUA_GQ'), value('TTHC_KHONG_DU_DK')]).toEqual([216, 250]);
  });
  it('8/8 xã thực hiện cơ chế một cửa', () => {
    const mc = f.get('XA_MOT_CUA')!;
    expect([mc.value, mc.numerator, mc.denominator, mc.reporting_units, mc.expected_units]).toEqual([8, 8, 8, 8, 8]);
    expect(mc.false_units).toEqual([]);
  });
  it('giám sát 13 cuộc: MTTQ 04, CCB 01, Nông dân 02, LĐLĐ 02, LHPN 02, Huyện đoàn 02', () => {
    expect(value('MT_GIAM_SAT')).toBe(13);
    const byOrg = Object.fromEntries(['MTTQ', 'CCB', 'HND', 'LDLD', 'HLHPN', 'DTN'].map((o) => [o, value(`MT_GIAM_SAT.${o}`)]));
    expect(byOrg).toEqual({ MTTQ: 4, CCB: 1, HND: 2, LDLD: 2, HLHPN: 2, DTN: 2 });
  });
  it('phản biện xã hội 02 cuộc (MTTQ chủ trì); tiếp xúc cử tri 2 với ĐBQH, 4 với đại biểu HĐND', () => {
    expect([value('MT_PHAN_BIEN'), value('MT_PHAN_BIEN.MTTQ')]).toEqual([2, 2]);
    expect([value('MT_TXCT'), value('MT_TXCT.DBQH'), value('MT_TXCT.DBHDND')]).toEqual([6, 2, 4]);
  });
  it('100% cơ quan tổ chức hội nghị cán bộ, công chức', () => {
    const hn = f.get('CQ_HN_CBCC')!;
    expect(hn.expected_units).toBe(19);
    expect([hn.value, hn.reporting_units, hn.numerator, hn.denominator]).toEqual([19, 19, 19, 19]);
    expect(hn.false_units).toEqual([]);
  });
  it('hội nghị người lao động: doanh nghiệp tư nhân 50%, nhà nước 100%', () => {
    const share = (group: string) => {
      const fig = rollup('679', '2022S1', ['--group', group, '--indicator', 'DN_HN_NLD']).get('DN_HN_NLD')!;
      return fig.numerator! / fig.denominator!;
    };
    expect(share('so_huu:tu_nhan')).toBe(0.5);
    expect(share('so_huu:nha_nuoc')).toBe(1);
  });
});

describe('Đam Rông, năm 2021: phân loại', () => {
  it('06 hoàn thành xuất sắc, 16 hoàn thành tốt, 05 hoàn thành nhiệm vụ, 0 không hoàn thành', () => {
    const f = rollup('679', '2021', ['--indicator', 'XEP_LOAI']);
    const counts = Object.fromEntries(['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'].map((o) => [o, f.get(`XEP_LOAI.${o}`)?.value ?? null]));
    expect(counts).toEqual({ HTXSNV: 6, HTTNV: 16, HTNV: 5, KHTNV: 0 });
  });
});
