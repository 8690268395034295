import { FORM_CODES, formColumns, formForUnitType, unitTypeForForm, type FormCode } from '@tonghop/core';
import { Breadcrumb } from '../components/breadcrumb';
import { FormTable, type Row } from '../components/form-table';
import { FormTabs } from '../components/form-tabs';
import { LoadError } from '../components/load-error';
import { UnitDetail } from '../components/unit-detail';
import { ViewTitle } from '../components/view-title';
import { useApp } from '../lib/app-context';
import { figureMap } from '../lib/figures';
import type { Route } from '../lib/route';
import { useAsync } from '../lib/use-async';
import type { Selection } from '../layout';

export function FormTableView({ route, selection }: { route: Route; selection: Selection }) {
  const { api, units } = useApp();
  const { unit, period } = selection;
  const own = formForUnitType(units.get(unit)?.type ?? 'tinh');
  const form: FormCode = own ?? FORM_CODES.find((f) => f === route.form) ?? 'XA';
  const type = unitTypeForForm(form);
  const rowUnits = own
    ? []
    : units.children(unit, period).filter((u) => u.type === type || units.hasDescendantOfType(u.code, type, period));
  const data = useAsync(async () => {
    const [total, ...rows] = await Promise.all([unit, ...rowUnits.map((u) => u.code)].map((code) => api.rollup(code, period)));
    return {
      total: figureMap(total!),
      rows: rowUnits.map((u, i): Row => ({ unit: u, leaf: u.type === type, figures: figureMap(rows[i]!) })),
    };
  }, [unit, period, form]);
  const columns = formColumns(form).map((c) => c.indicator);
  return (
    <>
      <ViewTitle title="Bảng số liệu" selection={selection} />
      <Breadcrumb route={{ ...route, form }} unit={unit} />
      {!own && <FormTabs route={route} form={form} />}
      {data.loading && (
        <p class="status" role="status">
          Đang tải số liệu…
        </p>
      )}
      {data.error !== undefined && <LoadError error={data.error} />}
      {data.data && own && <UnitDetail form={form} columns={columns} figures={data.data.total} unit={unit} period={period} />}
      {data.data && !own && rowUnits.length === 0 && <p class="status">Không có đơn vị nào nộp biểu {form} trực thuộc đơn vị này.</p>}
      {data.data && !own && rowUnits.length > 0 && (
        <FormTable route={route} form={form} columns={columns} rows={data.data.rows} total={data.data.total} unit={unit} period={period} />
      )}
    </>
  );
}
