import { FORM_CODES } from '@tonghop/core';
import { DnGroups } from '../components/dn-groups';
import { FormSection } from '../components/form-section';
import { LoadError } from '../components/load-error';
import { TextsSection } from '../components/texts-section';
import { UnitHistory } from '../components/unit-history';
import { ViewTitle } from '../components/view-title';
import { useApp } from '../lib/app-context';
import { figureMap } from '../lib/figures';
import { SECTIONS } from '../lib/key-figures';
import { useAsync } from '../lib/use-async';
import type { Selection } from '../layout';

export function OverviewView({ selection }: { selection: Selection }) {
  const { api } = useApp();
  const { unit, period } = selection;
  const data = useAsync(
    () =>
      Promise.all([
        api.rollup(unit, period, undefined, 'previous-year'),
        Promise.all(FORM_CODES.map((f) => api.completeness(unit, period, f))),
      ]),
    [unit, period],
  );
  return (
    <>
      <ViewTitle title="Tổng quan" selection={selection} />
      <UnitHistory unit={unit} period={period} />
      {data.loading && (
        <p class="status" role="status">
          Đang tải số liệu…
        </p>
      )}
      {data.error !== undefined && <LoadError error={data.error} />}
      {data.data && (
        <>
          {data.data[0].figures.length === 0 && <p class="status">Chưa có số liệu cho đơn vị và kỳ này.</p>}
          {SECTIONS.map((section) => (
            <FormSection
              key={section.id}
              section={section}
              figures={figureMap(data.data[0])}
              completeness={data.data[1].find((c) => c.form === section.form)}
              unit={unit}
              period={period}
            />
          ))}
          <DnGroups unit={unit} period={period} />
          <TextsSection figures={data.data[0].figures} />
        </>
      )}
    </>
  );
}
