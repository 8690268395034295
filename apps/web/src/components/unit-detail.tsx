import { formNoun, FORM_SUBJECTS, periodLabel, upperFirst, type FormCode, type Indicator } from '@tonghop/core';
import { useApp } from '../lib/app-context';
import { optionFigures, type FigureMap } from '../lib/figures';
import { formatNumber } from '../lib/format';
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
          Báo cáo biểu {form} ({upperFirst(FORM_SUBJECTS[form])}) của {units.name(unit)}, {periodLabel(period)}
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
              <FigureCell indicator={c} figures={figures} unit={unit} period={period} noun={formNoun(form)} single />
              <td>{c.aggregation === 'share_true' ? '' : c.unitLabel}</td>
            </tr>,
            ...withOptions(c).map((f) => (
              <tr key={`${c.code}.${f.option}`} class="sub">
                <th scope="row">{optionLabel(c.categorySet, f.option ?? '')}</th>
                <td class="num">
                  <FigureValue
                    unit={unit}
                    period={period}
                    indicator={c.code}
                    text={formatNumber(f.value)}
                    label={`${c.label} (${f.option}), ${units.name(unit)}`}
                  />
                </td>
                <td>{c.unitLabel}</td>
              </tr>
            )),
          ])}
        </tbody>
      </table>
    </div>
  );
}
