import { dirname, join } from 'node:path';
import { writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { freshDb, runCli } from './run-cli';

const COMMUNES = ['24931', '24934', '24937', '24940', '24943', '24946', '24949', '24952'];
const ZEROS = [
  'DON_KHIEU_NAI',
  'DON_TO_CAO',
  'DON_KIEN_NGHI',
  'DON_TONG',
  'DON_DA_GQ',
  'DON_DANG_GQ',
  'TTHC_TIEP_NHAN',
  'TTHC_DA_GQ',
  'TTHC_DUNG_HAN',
  'TTHC_QUA_HAN',
  'TTHC_CHUA_GQ',
  'TTHC_KHONG_DU_DK',
  'XA_DOI_THOAI',
  'XA_HOA_GIAI_VU',
  'XA_HOA_GIAI_THANH',
  'XA_KHIEU_KIEN_DONG_NGUOI',
];

/** 25 years of months for 8 communes: ~1.2 MB, above the 1 MiB from which long files are staged in DuckDB. */
function bigLongCsv(): string {
  const lines = ['unit_code,period,indicator,value'];
  for (const unit of COMMUNES) {
    for (let year = 2000; year <= 2024; year++) {
      for (let month = 1; month <= 12; month++) {
        const period = `${year}-${String(month).padStart(2, '0')}`;
        lines.push(`${unit},${period},TCD_LUOT,${month}`, `${unit},${period},TCD_NGUOI,${month}`);
        for (const code of ZEROS) lines.push(`${unit},${period},${code},0`);
      }
    }
  }
  return `${lines.join('\n')}\n`;
}

describe('ingest of a big long CSV (the staged path)', () => {
  it('stores every month, with its lines, and the roll-up adds them up', async () => {
    const db = await freshDb();
    const csv = join(dirname(db), 'big-long.csv');
    const text = bigLongCsv();
    expect(text.length).toBeGreaterThan(1024 * 1024);
    await writeFile(csv, text);

    const ingest = await runCli(['ingest', csv, '--db', db, '--json']);
    expect(ingest.code, ingest.stderr).toBe(0);
    const results = JSON.parse(ingest.stdout) as { status: string; unit: string; period: string; facts: number; submission_id: number }[];
    expect(results).toHaveLength(8 * 25 * 12);
    expect(new Set(results.map((r) => r.status))).toEqual(new Set(['accepted']));
    expect(results.every((r) => r.facts === 18)).toBe(true);
    expect(results.slice(0, 2).map((r) => [r.unit, r.period])).toEqual([
      ['24931', '2000-01'],
      ['24931', '2000-02'],
    ]);

    const run = await runCli(['run', '--db', db]);
    expect(run.code, run.stderr).toBe(0);
    const rollup = await runCli(['rollup', '--unit', '24931', '--period', '2022', '--indicator', 'TCD_LUOT', '--db', db, '--json']);
    expect(rollup.code, rollup.stderr).toBe(0);
    const figures = (JSON.parse(rollup.stdout) as { figures: { indicator: string; value: number }[] }).figures;
    expect(figures.find((f) => f.indicator === 'TCD_LUOT')?.value).toBe(78);

    const again = await runCli(['ingest', csv, '--db', db, '--json']);
    const repeated = JSON.parse(again.stdout) as { status: string; warnings: { rule: string }[] }[];
    expect(repeated.every((r) => r.warnings.some((w) => w.rule === 'IDENTICAL_FILE'))).toBe(true);
  }, 120_000);
});
