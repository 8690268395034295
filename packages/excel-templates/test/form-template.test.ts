import { getIndicator, indicatorsForForm, type FormCode } from '@tonghop/core';
import { makeIngestFile, type RawFact } from '@tonghop/ingest-contract';
import { readAll } from '@tonghop/ingest-contract/testing';
import { excelForm } from '@tonghop/ingest-excel';
import { describe, expect, it } from 'vitest';
import { generateFormTemplate, METADATA_SHEET } from '../src/index';
import { loadBuffer, sampleValue, saveWorkbook } from './fill';

const UNITS: Record<FormCode, { code: string; name: string }> = {
  XA: { code: '24931', name: 'Xã Rô Men' },
  CQ: { code: 'CQ67902', name: 'Phòng Nội vụ' },
  DN: { code: 'DN67903', name: 'Công ty TNHH Nông sản Phi Liêng' },
  MT: { code: 'MT679', name: 'Ủy ban MTTQ Việt Nam huyện Đam Rông' },
};

/** Fills every value cell of a generated form template; returns the raw facts a reader must find. */
async function fillForm(bytes: Buffer, dropMetadata = false) {
  const wb = await loadBuffer(bytes);
  const ws = wb.worksheets[0]!;
  const expected: Omit<RawFact, 'source'>[] = [];
  const cells: string[] = [];
  ws.eachRow((row, number) => {
    const code = row.getCell(2).value;
    if (number <= 9 || typeof code !== 'string') return;
    const [base, option] = code.split('.');
    const value = sampleValue(getIndicator(base!)!, number);
    row.getCell(5).value = value;
    expected.push({ indicator: base!, option: option ?? null, raw: value });
    cells.push(`E${number}`);
  });
  if (dropMetadata) wb.removeWorksheet(wb.getWorksheet(METADATA_SHEET)!.id);
  return { wb, expected, cells };
}

describe('generateFormTemplate', () => {
  it.each(['XA', 'CQ', 'DN', 'MT'] as const)('round trip %s: generate → fill → read gives the same raw facts', async (form) => {
    const bytes = await generateFormTemplate({ form, unit: UNITS[form], period: '2022S1' });
    const { wb, expected, cells } = await fillForm(bytes);
    const file = await makeIngestFile(await saveWorkbook(wb, `form-${form}.xlsx`));
    const plugin = excelForm();
    expect(await plugin.detect(file)).toBeGreaterThanOrEqual(0.5);
    const drafts = await readAll(plugin, file);
    expect(drafts).toHaveLength(1);
    const [draft] = drafts;
    expect(draft!.errors).toEqual([]);
    expect(draft!.unit?.text).toBe(UNITS[form].code);
    expect(draft!.period?.text).toBe('6 tháng đầu năm 2022');
    expect(draft!.form?.text).toBe(form);
    expect(draft!.facts.map(({ source, ...f }) => f)).toEqual(expected);
    expect(draft!.facts.map((f) => f.source.cell)).toEqual(cells);
  });

  it('has a row per submitted indicator and per option of a disaggregated one', async () => {
    const wb = await loadBuffer(await generateFormTemplate({ form: 'MT', unit: UNITS.MT, period: '2023' }));
    const codes: string[] = [];
    wb.worksheets[0]!.eachRow((row, n) => {
      const v = row.getCell(2).value;
      if (n > 9 && typeof v === 'string') codes.push(v);
    });
    expect(codes.filter((c) => !c.includes('.'))).toEqual(indicatorsForForm('MT').map((i) => i.code));
    expect(codes).toContain('MT_GIAM_SAT.HLHPN');
    expect(codes).toContain('MT_TXCT.DBHDND');
  });

  it('validates values, protects the structure and hides its metadata', async () => {
    const wb = await loadBuffer(await generateFormTemplate({ form: 'XA', unit: UNITS.XA, period: '2022Q3' }));
    const ws = wb.worksheets[0]!;
    const byCode = new Map<string, number>();
    ws.eachRow((row, n) => typeof row.getCell(2).value === 'string' && byCode.set(row.getCell(2).value as string, n));
    const cell = (code: string) => ws.getCell(byCode.get(code)!, 5);
    expect(cell('TCD_LUOT').dataValidation).toMatchObject({ type: 'whole', operator: 'greaterThanOrEqual', formulae: [0] });
    expect(cell('XA_MOT_CUA').dataValidation).toMatchObject({ type: 'list', formulae: ['"Có,Không"'] });
    expect(cell('XEP_LOAI').dataValidation).toMatchObject({ type: 'list' });
    expect(String(cell('XEP_LOAI').dataValidation.formulae[0])).toContain('Hoàn thành tốt nhiệm vụ');
    expect(cell('TCD_LUOT').protection).toMatchObject({ locked: false });
    expect(ws.getCell(byCode.get('TCD_LUOT')!, 3).protection?.locked).not.toBe(false);
    expect((ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet).toBe(true);
    const meta = wb.getWorksheet(METADATA_SHEET)!;
    expect(meta.state).toBe('veryHidden');
    const entries = Object.fromEntries(
      meta
        .getSheetValues()
        .filter(Boolean)
        .map((r) => [(r as unknown[])[1], (r as unknown[])[2]]),
    );
    expect(entries).toMatchObject({ layout: 'form', form: 'XA', unit: '24931', period: '2022Q3', version: '1' });
  });

  it('is still read without its metadata sheet', async () => {
    const bytes = await generateFormTemplate({ form: 'CQ', unit: UNITS.CQ, period: '2021' });
    const { wb, expected } = await fillForm(bytes, true);
    const [draft] = await readAll(excelForm(), await makeIngestFile(await saveWorkbook(wb, 'no-meta.xlsx')));
    expect(draft!.unit?.text).toBe('CQ67902');
    expect(draft!.period?.text).toBe('Năm 2021');
    expect(draft!.facts.map(({ source, ...f }) => f)).toEqual(expected);
  });
});
