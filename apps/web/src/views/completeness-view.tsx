import { FORM_CODES, FORM_SUBJECTS, upperFirst, type FormCode } from '@tonghop/core';
import { LoadError } from '../components/load-error';
import { UnitList } from '../components/unit-list';
import { ViewTitle } from '../components/view-title';
import { formatNumber, formatPercent } from '../lib/format';
import { useApp } from '../lib/app-context';
import { useAsync } from '../lib/use-async';
import type { Selection } from '../layout';

const subject = (form: string): string => upperFirst(FORM_SUBJECTS[form as FormCode] ?? form);

/** Who was expected to report, who did, on time or late, and who has not (by name). */
export function CompletenessView({ selection }: { selection: Selection }) {
  const { api } = useApp();
  const { unit, period } = selection;
  const data = useAsync(() => Promise.all(FORM_CODES.map((f) => api.completeness(unit, period, f))), [unit, period]);
  const rows = (data.data ?? []).filter((c) => c.expected > 0 || c.submitted > 0);
  return (
    <>
      <ViewTitle title="Tình hình báo cáo" selection={selection} />
      {data.loading && (
        <p class="status" role="status">
          Đang tải…
        </p>
      )}
      {data.error !== undefined && <LoadError error={data.error} />}
      {data.data && (
        <div class="table-wrap">
          <table>
            <caption>Số đơn vị phải báo cáo, đã báo cáo, đúng hạn và trễ hạn, theo biểu mẫu</caption>
            <thead>
              <tr>
                <th scope="col">Biểu mẫu</th>
                <th scope="col">Phải báo cáo</th>
                <th scope="col">Đã báo cáo</th>
                <th scope="col">Tỷ lệ</th>
                <th scope="col">Đúng hạn</th>
                <th scope="col">Trễ hạn</th>
                <th scope="col">Chưa báo cáo</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((c) => (
                <tr key={c.form}>
                  <th scope="row">
                    Biểu {c.form}: {subject(c.form)}
                  </th>
                  <td class="num">{formatNumber(c.expected)}</td>
                  <td class="num">{formatNumber(c.submitted)}</td>
                  <td class="num">{c.expected > 0 ? formatPercent(c.submitted / c.expected) : '—'}</td>
                  <td class="num">{formatNumber(c.on_time)}</td>
                  <td class={c.late > 0 ? 'num warn' : 'num'}>{formatNumber(c.late)}</td>
                  <td class={c.missing.length > 0 ? 'num warn' : 'num'}>{formatNumber(c.missing.length)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {rows.map((c) => (
        <section key={c.form} class="form-section" aria-labelledby={`thieu-${c.form}`}>
          <h3 id={`thieu-${c.form}`}>
            Biểu {c.form}: {subject(c.form)}
          </h3>
          <UnitList title="Chưa báo cáo" codes={c.missing} empty="Tất cả đơn vị đã báo cáo." />
          {c.late_units.length > 0 && <UnitList title="Báo cáo trễ hạn" codes={c.late_units} empty="" />}
        </section>
      ))}
    </>
  );
}
