import { writeFile, rename } from 'node:fs/promises';
import { resolve } from 'node:path';
import { defineCommand } from 'citty';
import { parseFormCode, periodLabel } from '@tonghop/core';
import { withBackend } from '../context';
import { EXIT, UsageError } from '../errors';
import { reportExit } from '../exit-code';
import { globalArgs } from '../global-args';
import { periodArg } from '../period-arg';
import { templateLayout } from '../template-layout';

/**
 * Layout 1 (one unit's form) when the unit submits the form itself; layout 2 (a table of the
 * units below it) when it is a parent of units that submit the form.
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
    await withBackend(args, async (b) => {
      const { unit, layout, rows } = templateLayout(await b.units(), args.unit, form, period);
      const bytes = await b.template({ form, unit: unit.code, period: period.code });
      await writeFile(`${file}.partial`, bytes);
      await rename(`${file}.partial`, file);
      b.out.data({ file, layout, form, unit: unit.code, period: period.code, units: rows.length, bytes: bytes.length });
      b.out.line(
        layout === 'form'
          ? `Đã tạo mẫu biểu ${form} cho ${unit.name}, ${periodLabel(period.code)}: ${file}`
          : `Đã tạo bảng mẫu biểu ${form} cho ${rows.length} đơn vị thuộc ${unit.name}, ${periodLabel(period.code)}: ${file}`,
      );
      reportExit(EXIT.OK);
    });
  },
});
