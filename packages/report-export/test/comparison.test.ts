import { loadLamDong, openWorld, run, submit } from '@tonghop/figures/testing';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { exportSummaryWorkbook, SHEET_OVERVIEW } from '../src/index';

describe('summary workbook on the new map (spec §6)', () => {
  it('names the unit as in force in the period and compares with the same period a year earlier, restated', async () => {
    const wh = await openWorld();
    try {
      await loadLamDong(wh);
      for (const [unit, luot] of [
        ['24853', 10],
        ['24856', 20],
        ['24850', 30],
      ] as const) {
        await submit(wh, { unit, period: '2025S1', form: 'XA', values: { TCD_LUOT: luot } });
      }
      await submit(wh, { unit: '24853', period: '2026S1', form: 'XA', values: { TCD_LUOT: 72 } });
      await run(wh);
      const bytes = await exportSummaryWorkbook(wh, { unit: '24853', period: '2026S1', clock: () => new Date('2026-07-20T02:00:00Z') });
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(bytes as unknown as ArrayBuffer);
      const ws = wb.getWorksheet(SHEET_OVERVIEW);
      const texts: string[] = [];
      ws?.eachRow((row) => texts.push(row.values ? (row.values as unknown[]).map((v) => String(v ?? '')).join(' | ') : ''));
      const all = texts.join('\n');
      // The issuing body is in capitals ("XÃ ĐAM RÔNG 4"): compare without case.
      expect(all.toLowerCase()).toContain('xã đam rông 4');
      expect(all.toLowerCase()).not.toContain('đạ tông');
      const line = texts.find((t) => t.includes('TCD_LUOT')) ?? '';
      expect(line).toContain('tăng 20,0% so với cùng kỳ* (6 tháng đầu năm 2025: 60)');
      expect(line).toContain('số liệu kỳ so sánh được tính lại theo đơn vị hành chính hiện nay');
    } finally {
      await wh.close();
    }
  });
});
