import { periodTitle, type Unit } from '@tonghop/core';
import { useApp } from '../lib/app-context';
import { navigate, type Route } from '../lib/route';
import { isActive, type UnitIndex } from '../lib/units';
import type { Selection } from '../layout';

/** The units that aggregate others (province, districts), in tree order, with their depth. */
function treeOptions(units: UnitIndex, period: string, current: string): { unit: Unit; depth: number }[] {
  const out: { unit: Unit; depth: number }[] = [];
  const walk = (unit: Unit, depth: number): void => {
    const kids = units.children(unit.code, period);
    if (kids.length === 0 && unit.code !== current) return;
    out.push({ unit, depth });
    for (const kid of kids) walk(kid, depth + 1);
  };
  for (const root of units.roots()) if (isActive(root, period)) walk(root, 0);
  return out;
}

export function Picker({ route, selection }: { route: Route; selection: Selection }) {
  const { units } = useApp();
  const go = (change: Partial<Route>): void => navigate({ ...route, unit: selection.unit, period: selection.period, ...change });
  return (
    <form class="picker" aria-label="Chọn đơn vị và kỳ báo cáo" onSubmit={(e) => e.preventDefault()}>
      <div class="field">
        <label for="chon-don-vi">Đơn vị</label>
        <select id="chon-don-vi" value={selection.unit} onChange={(e) => go({ unit: e.currentTarget.value })}>
          {treeOptions(units, selection.period, selection.unit).map(({ unit, depth }) => (
            <option key={unit.code} value={unit.code}>
              {'\u00a0\u00a0\u00a0'.repeat(depth)}
              {unit.name}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="chon-ky">Kỳ báo cáo</label>
        <select id="chon-ky" value={selection.period} onChange={(e) => go({ period: e.currentTarget.value })}>
          {selection.periods.map((p) => (
            <option key={p} value={p}>
              {periodTitle(p)}
            </option>
          ))}
        </select>
      </div>
    </form>
  );
}
