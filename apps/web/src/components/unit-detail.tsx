import type { FormCode, Indicator } from '../api/types';
import { useApp } from '../lib/app-context';
import { optionFigures, type FigureMap } from '../lib/figures';
import { formatNumber } from '../lib/format';
import { periodLabel } from '../lib/periods';
import { FORM_NAME, FORM_NOUN } from '../lib/units';
import { FigureCell } from './figure-cell';
import { FigureValue } from './figure-value';

interface Props {
  form: FormCode;
  columns: Indicator[];
  figures: FigureMap;
  unit: string;
  period: string;
}

/** One reporting unit's own figures: indicators as rows. */
export function UnitDetail({ form, columns, figures, unit, period }: Props) {
  const { units, optionLabel } = useApp();
  const withOptions = (c: Indicator) => (c.aggregation === 'distribution' ? [] : optionFigures(figures, c.code));
  return (
    <div class="table-wrap">
      <table class="detail-table">
        <caption>
          Báo cáo biểu {form} ({FORM_NAME[form]}) của {units.name(unit)}, {periodLabel(period)}
        </caption>
        <thead>
          <tr>
            <th scope="col">Chỉ tiêu</th>
            <th scope="col">Số liệu</th>
            <th scope="col">Đơn vị tính</th>
          </tr>
        </thead>
        <tbody>
          {columns.flatMap((c) => [
            <tr key={c.code}>
              <th scope="row">{c.label}</th>
              <FigureCell indicator={c} figures={figures} unit={unit} period={period} noun={FORM_NOUN[form]} single />
              <td>{c.aggregation === 'share_true' ? '' : c.unit}</td>
            </tr>,
            ...withOptions(c).map((f) => (
              <tr key={`${c.code}.${f.option}`} class="sub">
                <th scope="row">{optionLabel(c.category_set, f.option ?? '')}</th>
                <td class="num">
                  <FigureValue
                    unit={unit}
                    period={period}
                    indicator={c.code}
                    text={formatNumber(typeof f.value === 'number' ? f.value : null)}
                    label={`${c.label} (${f.option}), ${units.name(unit)}`}
                  />
                </td>
                <td>{c.unit}</td>
              </tr>
            )),
          ])}
        </tbody>
      </table>
    </div>
  );
}
