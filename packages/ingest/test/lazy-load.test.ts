import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Importing the orchestrator loads no plugin library: exceljs and yauzl load when a workbook is
// read, papaparse when a CSV is (measured in a fresh process, counting the CommonJS modules loaded).

const ROOT = join(import.meta.dirname, '../../..');

describe('heavy libraries load only when a file is read', () => {
  it('none on import; papaparse for a CSV; exceljs and yauzl for a workbook', () => {
    const child = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        join(import.meta.dirname, '_lazy-child.ts'),
        'fixtures/csv/long-utf8/input.csv',
        'fixtures/excel/form-by-code/input.xlsx',
      ],
      { cwd: ROOT, encoding: 'utf8', timeout: 60_000 },
    );
    expect(child.status, child.stderr).toBe(0);
    const out = JSON.parse(child.stdout.trim().split('\n').pop() ?? '{}');
    expect(out.imported).toEqual({ exceljs: 0, yauzl: 0, papaparse: 0 });
    expect(out.csvResults).toBeGreaterThan(0);
    expect(out.afterCsv).toMatchObject({ exceljs: 0, yauzl: 0 });
    expect(out.afterCsv.papaparse).toBeGreaterThan(0);
    expect(out.afterXlsx.exceljs).toBeGreaterThan(0);
    expect(out.afterXlsx.yauzl).toBeGreaterThan(0);
  }, 90_000);
});
