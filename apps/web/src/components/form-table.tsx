import { formNoun, FORM_SUBJECTS, periodLabel, upperFirst, type FormCode, type Indicator, type Unit } from '@tonghop/core';
import { useApp } from '../lib/app-context';
import type { FigureMap } from '../lib/figures';
import { href, type Route } from '../lib/route';
import { FigureCell } from './figure-cell';

export interface Row {
  unit: Unit;
  figures: FigureMap;
  /** A unit that submits the form itself; otherwise it aggregates units below it (a drill-down link). */
  leaf: boolean;
}

interface Props {
  route: Route;
  form: FormCode;
  columns: Indicator[];
  rows: Row[];
  total: FigureMap;
  unit: string;
  period: string;
}

/** Units as rows, indicators as columns; a row's name drills down (a district → its communes). */
export function FormTable({ route, form, columns, rows, total, unit, period }: Props) {
  const { units } = useApp();
  const noun = formNoun(form);
  return (
    <div class="table-wrap" role="region" aria-label={`Bảng biểu ${form}, cuộn ngang để xem thêm cột`}>
      <table class="form-table">
        <caption>
          Biểu {form} ({upperFirst(FORM_SUBJECTS[form])}): {units.name(unit)}, {periodLabel(period)}
        </caption>
        <thead>
          <tr>
            <th scope="col" class="unit-col">
              Đơn vị
            </th>
            {columns.map((c) => (
              <th scope="col" key={c.code} title={c.code}>
                {c.label}
                {c.unitLabel && c.aggregation === 'sum' && <span class="col-unit"> ({c.unitLabel})</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.unit.code}>
              <th scope="row" class="unit-col">
                <a href={href({ ...route, form, unit: row.unit.code })}>{row.unit.name}</a>
              </th>
              {columns.map((c) => (
                <FigureCell
                  key={c.code}
                  indicator={c}
                  figures={row.figures}
                  unit={row.unit.code}
                  period={period}
                  noun={noun}
                  single={row.leaf}
                />
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" class="unit-col">
              Tổng cộng
            </th>
            {columns.map((c) => (
              <FigureCell key={c.code} indicator={c} figures={total} unit={unit} period={period} noun={noun} single={false} />
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
