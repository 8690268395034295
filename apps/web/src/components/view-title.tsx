import { useApp } from '../lib/app-context';
import { periodTitle } from '@tonghop/core';
import type { Selection } from '../layout';

export function ViewTitle({ title, selection }: { title: string; selection: Selection }) {
  const { units } = useApp();
  return (
    <div class="view-title">
      <h2>{title}</h2>
      <p>
        {units.name(selection.unit)} · {periodTitle(selection.period)}
      </p>
    </div>
  );
}
