import { useApp } from '../lib/app-context';
import { getFigure, figureMap } from '../lib/figures';
import { formatPercent, formatShare } from '../lib/format';
import { GROUP_LABEL } from '../lib/key-figures';
import { useAsync } from '../lib/use-async';

const INDICATORS = ['DN_HN_NLD', 'DN_CONG_DOAN', 'DN_TULDTT'] as const;

/** Enterprise shares by ownership (spec: a roll-up restricted to a unit group). */
export function DnGroups({ unit, period }: { unit: string; period: string }) {
  const { api, units, indicator } = useApp();
  const groups = [...new Set(units.all.filter((u) => u.type === 'doanh_nghiep').flatMap((u) => u.groups))]
    .filter((g) => g in GROUP_LABEL)
    .sort();
  const data = useAsync(
    () => Promise.all(groups.map(async (g) => [g, figureMap(await api.rollup(unit, period, g))] as const)),
    [unit, period, groups.join()],
  );
  const rows = (data.data ?? []).filter(([, figures]) =>
    INDICATORS.some((code) => typeof getFigure(figures, code)?.value === 'number' && getFigure(figures, code)?.reporting_units),
  );
  if (rows.length === 0) return null;
  return (
    <section class="form-section" aria-labelledby="muc-dn-nhom">
      <h2 id="muc-dn-nhom">Doanh nghiệp theo loại hình sở hữu</h2>
      <div class="table-wrap">
        <table>
          <caption>Tỷ lệ doanh nghiệp thực hiện, theo loại hình sở hữu</caption>
          <thead>
            <tr>
              <th scope="col">Loại hình</th>
              {INDICATORS.map((code) => (
                <th scope="col" key={code}>
                  {indicator(code)?.label ?? code}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map(([group, figures]) => (
              <tr key={group}>
                <th scope="row">{GROUP_LABEL[group]}</th>
                {INDICATORS.map((code) => {
                  const f = getFigure(figures, code);
                  const value = f?.value ?? null;
                  const of = f?.denominator ?? f?.reporting_units ?? null;
                  return (
                    <td key={code} class="num">
                      {value === null || !of ? '—' : `${formatPercent(value / of)} (${formatShare(value, of)})`}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
