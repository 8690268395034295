import { writeFile, rename } from 'node:fs/promises';
import { resolve } from 'node:path';
import { defineCommand } from 'citty';
import { buildHierarchy, formForUnitType, parseFormCode, TonghopError, type FormCode } from '@tonghop/core';
import { generateFormTemplate, generateTableTemplate } from '@tonghop/excel-templates';
import { withContext } from '../context';
import { EXIT, UsageError } from '../errors';
import { reportExit } from '../exit-code';
import { globalArgs } from '../global-args';
import { periodArg } from '../period-arg';

/**
 * Layout 1 (one unit's form) when the unit submits the form itself; layout 2 (a table of its
 * child units) when it is a parent of units that submit the form.
 */
export default defineCommand({
  meta: { name: 'template', description: 'Tạo mẫu Excel để đơn vị điền (biểu một đơn vị hoặc bảng các đơn vị cấp dưới)' },
  args: {
    ...globalArgs,
    form: { type: 'string', description: 'Biểu mẫu: XA, CQ, DN hoặc MT', required: true, valueHint: 'F' },
    unit: { type: 'string', description: 'Mã đơn vị', required: true, valueHint: 'CODE' },
    period: { type: 'string', description: 'Kỳ báo cáo', required: true, valueHint: 'P' },
    out: { type: 'string', description: 'Tệp Excel sẽ ghi ra', required: true, valueHint: 'FILE.xlsx' },
  },
  async run({ args }) {
    const form = parseFormCode(args.form);
    if (!form) throw new UsageError(`Biểu mẫu "${args.form}" không hợp lệ (XA, CQ, DN hoặc MT).`);
    const period = periodArg(args.period);
    const file = resolve(args.out);
    if (!/\.xlsx$/i.test(file)) throw new UsageError(`Tệp --out "${args.out}" phải có đuôi .xlsx.`);
    await withContext(args, async (ctx) => {
      // The versions in force in the period: their names, and the children they have then (spec §2).
      const tree = buildHierarchy(await ctx.warehouse.listUnits());
      const unit = tree.get(args.unit, period) ?? tree.get(args.unit);
      if (!unit) throw new TonghopError('UNIT_NOT_FOUND', `Không có đơn vị mã "${args.unit}".`);
      const own = formForUnitType(unit.type) === form;
      const children = tree.children(unit.code, period).filter((u) => formForUnitType(u.type) === (form as FormCode));
      if (!own && children.length === 0)
        throw new TonghopError(
          'TEMPLATE_NO_UNITS',
          `Đơn vị ${unit.code} (${unit.name}) không nộp biểu ${form} và không có đơn vị cấp dưới nộp biểu này.`,
        );
      const bytes = own
        ? await generateFormTemplate({ form, unit: { code: unit.code, name: unit.name }, period: period.code })
        : await generateTableTemplate({
            form,
            parent: { code: unit.code, name: unit.name },
            units: children.map((u) => ({ code: u.code, name: u.name })),
            period: period.code,
          });
      await writeFile(`${file}.partial`, bytes);
      await rename(`${file}.partial`, file);
      const layout = own ? 'form' : 'table';
      ctx.out.data({ file, layout, form, unit: unit.code, period: period.code, units: own ? 1 : children.length, bytes: bytes.length });
      ctx.out.line(
        own
          ? `Đã tạo mẫu biểu ${form} cho ${unit.name}, ${period.code}: ${file}`
          : `Đã tạo bảng mẫu biểu ${form} cho ${children.length} đơn vị thuộc ${unit.name}, ${period.code}: ${file}`,
      );
      reportExit(EXIT.OK);
    });
  },
});
