import { getIndicator, resolveIndicator } from '@tonghop/core';
import { makeIngestFile, type RawFact } from '@tonghop/ingest-contract';
import { readAll } from '@tonghop/ingest-contract/testing';
import { excelForm, excelTable } from '@tonghop/ingest-excel';
import { describe, expect, it } from 'vitest';
import { generateTableTemplate, TemplateError } from '../src/index';
import { loadBuffer, sampleValue, saveWorkbook } from './fill';

const DISTRICT = { code: '679', name: 'Huyện Đam Rông' };
const COMMUNES = [
  { code: '24931', name: 'Xã Rô Men' },
  { code: '24934', name: "Xã Liêng S'rônh" },
  { code: '24937', name: 'Xã Đạ Rsal' },
  { code: '24940', name: "Xã Đạ M'Rông" },
];

/** Fills every unit row; returns per unit the raw facts (indicator and option as the headers write them). */
async function fillTable(bytes: Buffer) {
  const wb = await loadBuffer(bytes);
  const ws = wb.worksheets[0]!;
  const top = ws.getRow(6);
  const sub = ws.getRow(7);
  const expected = new Map<string, Omit<RawFact, 'source'>[]>();
  ws.eachRow((row, n) => {
    if (n <= 7) return;
    const facts: Omit<RawFact, 'source'>[] = [];
    let group = '';
    for (let col = 4; col < ws.columnCount; col++) {
      const label = top.getCell(col).value as string;
      const below = sub.getCell(col).value as string;
      if (!top.getCell(col).isMerged || top.getCell(col).master.address === top.getCell(col).address) group = label;
      const indicator = resolveIndicator(below) ? below : group;
      const value = sampleValue(getIndicator(resolveIndicator(indicator)!.code)!, n + col);
      row.getCell(col).value = value;
      const option = indicator === below || below === 'Tổng số' ? null : below;
      facts.push({ indicator, option, raw: value });
    }
    expected.set(String(row.getCell(2).value), facts);
  });
  return { wb, expected };
}

describe('generateTableTemplate', () => {
  it.each(['XA', 'MT'] as const)('round trip %s: generate → fill → read gives one draft per unit with the same raw facts', async (form) => {
    const bytes = await generateTableTemplate({ form, parent: DISTRICT, units: COMMUNES, period: '2022S1' });
    const { wb, expected } = await fillTable(bytes);
    const file = await makeIngestFile(await saveWorkbook(wb, `table-${form}.xlsx`));
    expect(await excelTable().detect(file)).toBeGreaterThanOrEqual(0.5);
    expect(await excelForm().detect(file)).toBeLessThan(0.5);
    const drafts = await readAll(excelTable(), file);
    expect(drafts.map((d) => d.unit?.text)).toEqual(COMMUNES.map((c) => c.code));
    for (const d of drafts) {
      expect(d.errors).toEqual([]);
      expect(d.period?.text).toBe('6 tháng đầu năm 2022');
      expect(d.form?.text).toBe(form);
      expect(d.facts.map(({ source, ...f }) => f)).toEqual(expected.get(d.unit!.text));
    }
  });

  it('puts options under a merged indicator header', async () => {
    const wb = await loadBuffer(await generateTableTemplate({ form: 'MT', parent: DISTRICT, units: COMMUNES.slice(0, 1), period: '2023' }));
    const ws = wb.worksheets[0]!;
    expect(ws.getCell('D6').value).toBe('Số cuộc giám sát');
    expect(ws.getCell('D7').value).toBe('Tổng số');
    expect(ws.getCell('E7').value).toBe('Ủy ban Mặt trận Tổ quốc Việt Nam');
    expect(ws.getCell('E6').isMerged).toBe(true);
    expect(ws.getCell('E8').protection).toMatchObject({ locked: false });
    expect(ws.getCell('E8').dataValidation).toMatchObject({ type: 'whole' });
  });

  it('refuses a parent without child units, in Vietnamese', async () => {
    await expect(generateTableTemplate({ form: 'XA', parent: DISTRICT, units: [], period: '2022S1' })).rejects.toThrow(TemplateError);
    await expect(generateTableTemplate({ form: 'XA', parent: DISTRICT, units: [], period: '2022S1' })).rejects.toThrow(
      /không có đơn vị trực thuộc/,
    );
  });
});
