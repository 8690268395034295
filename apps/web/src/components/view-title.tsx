import { useApp } from '../lib/app-context';
import { periodLabel } from '../lib/periods';
import type { Selection } from '../layout';

export function ViewTitle({ title, selection }: { title: string; selection: Selection }) {
  const { units } = useApp();
  return (
    <div class="view-title">
      <h2>{title}</h2>
      <p>
        {units.name(selection.unit)} · {periodLabel(selection.period)}
      </p>
    </div>
  );
}
