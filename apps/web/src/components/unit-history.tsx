import { periodBounds } from '@tonghop/core';
import type { UnitHistoryBody } from '../api/contract';
import { useApp } from '../lib/app-context';
import { useAsync } from '../lib/use-async';

type Linked = UnitHistoryBody['predecessors'][number];

const LINK_WORD: Record<Linked['link'], string> = { full: 'toàn bộ', partial: 'một phần' };

/** "Xã Đạ Tông, Xã Đạ Long — toàn bộ; Xã Hòa Bắc — một phần". */
export function linkedText(units: readonly Linked[]): string {
  return (['full', 'partial'] as const)
    .map((kind) => {
      const names = units.filter((u) => u.link === kind).map((u) => u.name ?? u.code);
      return names.length > 0 ? `${names.join(', ')} — ${LINK_WORD[kind]}` : '';
    })
    .filter(Boolean)
    .join('; ');
}

const dmy = (iso: string) => iso.split('-').reverse().join('/');

/**
 * Where the unit in force in the period came from (a period after a reorganisation) or went
 * (a period before it), from GET /api/units/:code/history. Nothing when it has no links.
 */
export function UnitHistory({ unit, period }: { unit: string; period: string }) {
  const { api } = useApp();
  const history = useAsync(() => api.unitHistory(unit), [unit]);
  const bounds = periodBounds(period);
  if (!history.data || !bounds) return null;
  const after = history.data.predecessors.filter((p) => p.effective <= bounds.end);
  const before = history.data.successors.filter((s) => s.effective > bounds.end);
  if (after.length === 0 && before.length === 0) return null;
  return (
    <p class="unit-history">
      {after.length > 0 && (
        <span>
          Hình thành từ ({dmy(after[0]?.effective ?? '')}): {linkedText(after)}
        </span>
      )}
      {before.length > 0 && (
        <span>
          Từ {dmy(before[0]?.effective ?? '')} sáp nhập vào: {linkedText(before)}
        </span>
      )}
    </p>
  );
}
