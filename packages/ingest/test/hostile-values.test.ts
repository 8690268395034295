import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_TEXT_CHARS } from '@tonghop/core';
import type { Warehouse } from '@tonghop/warehouse';
import { createRegistry, defaultPlugins } from '../src/index';
import { context, count, demoWarehouse, ingest } from './helpers';

const FORM = new URL('../../../fixtures/excel/form-by-code/input.xlsx', import.meta.url);
const opened: Warehouse[] = [];
afterEach(async () => {
  for (const w of opened.splice(0)) await w.close();
});

async function world() {
  const made = await demoWarehouse();
  opened.push(made.warehouse);
  return { ...made, ctx: context(made.warehouse, { plugins: createRegistry(defaultPlugins()) }) };
}

/** The form fixture with its NX_HAN_CHE value cell replaced; returns the file and that cell's address. */
async function formWithText(dir: string, text: string): Promise<{ path: string; cell: string }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(FORM) as unknown as ArrayBuffer);
  let cell = '';
  for (const ws of wb.worksheets) {
    ws.eachRow((row) => {
      if (row.values && (row.values as unknown[]).includes('NX_HAN_CHE')) {
        const target = row.getCell(5);
        target.value = text;
        cell = target.address;
      }
    });
  }
  const path = join(dir, 'han-che-dai.xlsx');
  await writeFile(path, Buffer.from(await wb.xlsx.writeBuffer()));
  return { path, cell };
}

describe('cell and field sizes are capped (issue 12 item 3)', () => {
  it('a text cell over the cap refuses the submission, naming the cell, and stores nothing', async () => {
    const { dir, warehouse, ctx } = await world();
    const { path, cell } = await formWithText(dir, 'Khó khăn. '.repeat(100_000));
    expect(cell).not.toBe('');
    const [r] = await ingest([path], ctx);
    expect(r!.status).toBe('rejected');
    const error = r!.errors.find((e) => e.rule === 'VALUE_TOO_LONG');
    expect(error?.message).toContain(`ô ${cell}`);
    expect(error?.message).toContain('999.999 ký tự');
    expect(error?.message).toContain(`${MAX_TEXT_CHARS.toLocaleString('vi-VN')} ký tự`);
    expect(await count(warehouse, 'submissions')).toBe(0);
  });

  it('a text cell at the cap is stored whole', async () => {
    const { dir, warehouse, ctx } = await world();
    const text = 'ạ'.repeat(MAX_TEXT_CHARS);
    const { path } = await formWithText(dir, text);
    const [r] = await ingest([path], ctx);
    expect(r!.errors).toEqual([]);
    const rows = await warehouse.query<{ t: string }>("select text_value as t from facts where indicator = 'NX_HAN_CHE'");
    expect(rows[0]?.t).toBe(text);
  });

  it('a number written with 100 digits in a CSV is refused on its line', async () => {
    const { dir, ctx } = await world();
    const path = join(dir, 'so-dai.csv');
    await writeFile(path, `unit_code,period,indicator,value\n24931,2022S1,TCD_LUOT,${'9'.repeat(100)}\n`);
    const [r] = await ingest([path], ctx);
    expect(r!.status).toBe('rejected');
    expect(r!.errors[0]).toMatchObject({ rule: 'VALUE_TOO_LONG' });
    expect(r!.errors[0]!.message).toMatch(/dòng 2/);
  });
});
