import { useMemo } from 'preact/hooks';
import { comparePeriodCodes } from '@tonghop/core';
import { Header } from './components/header';
import { LineageDialog } from './components/lineage-dialog';
import { NavTabs } from './components/nav-tabs';
import { Picker } from './components/picker';
import { App, can, useApp, type LineageRequest } from './lib/app-context';
import { useRoute, type Route } from './lib/route';
import { useAsync } from './lib/use-async';
import { ChartsView } from './views/charts-view';
import { CompletenessView } from './views/completeness-view';
import { FormTableView } from './views/form-table-view';
import { OverviewView } from './views/overview-view';
import { UploadView } from './views/upload-view';

interface Props {
  lineage: LineageRequest | null;
  closeLineage(): void;
}

export interface Selection {
  unit: string;
  period: string;
  periods: string[];
}

function Content({ route, selection }: { route: Route; selection: Selection }) {
  switch (route.view) {
    case 'bang':
      return <FormTableView route={route} selection={selection} />;
    case 'day-du':
      return <CompletenessView selection={selection} />;
    case 'bieu-do':
      return <ChartsView route={route} selection={selection} />;
    default:
      return <OverviewView selection={selection} />;
  }
}

/** The skip link moves focus without touching the hash, which holds the route. */
function skipToContent(event: MouseEvent): void {
  event.preventDefault();
  document.getElementById('noi-dung')?.focus();
}

export function Layout({ lineage, closeLineage }: Props) {
  const app = useApp();
  const { api, units, me } = app;
  const route = useRoute();
  const reads = can(me, 'read');
  const root = units.roots().find((u) => u.type === 'tinh') ?? units.roots()[0];
  // The periods that have data, oldest first, from GET /api/periods (quarters and months too).
  const periods = useAsync(async () => (reads && root ? (await api.periods()).map((p) => p.period) : []), [reads, root?.code]);
  const known = periods.data ?? [];
  const selection: Selection | null =
    root && (route.period ?? known.at(-1))
      ? {
          unit: route.unit ?? root.code,
          period: route.period ?? known.at(-1) ?? '',
          periods: known.includes(route.period ?? '') || !route.period ? known : [...known, route.period].sort(comparePeriodCodes),
        }
      : null;
  const view = reads ? route.view : 'tai-len';

  // Below here every unit is named as the version in force in the selected period (codes are reused, spec §2).
  const named = useMemo(() => ({ ...app, units: units.at(selection?.period ?? null) }), [app, units, selection?.period]);

  return (
    <App.Provider value={named}>
      <a class="skip-link" href="#noi-dung" onClick={skipToContent}>
        Bỏ qua, tới nội dung chính
      </a>
      <Header selection={reads ? selection : null} />
      {reads && selection && <Picker route={{ ...route, view }} selection={selection} />}
      <NavTabs route={{ ...route, view }} selection={selection} />
      <main id="noi-dung" tabIndex={-1}>
        {view === 'tai-len' ? (
          <UploadView />
        ) : periods.loading ? (
          <p class="status" role="status">
            Đang tải danh sách kỳ báo cáo…
          </p>
        ) : selection ? (
          <Content route={{ ...route, view }} selection={selection} />
        ) : (
          <p class="status">Chưa có báo cáo nào. Hãy tải lên các tệp báo cáo để bắt đầu.</p>
        )}
      </main>
      {lineage && <LineageDialog request={lineage} onClose={closeLineage} />}
    </App.Provider>
  );
}
