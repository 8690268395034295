import { can, useApp } from '../lib/app-context';
import { href, type Route, type View } from '../lib/route';
import type { Selection } from '../layout';

const TABS: { view: View; label: string; form?: string }[] = [
  { view: 'tong-quan', label: 'Tổng quan' },
  { view: 'bang', label: 'Bảng số liệu', form: 'XA' },
  { view: 'day-du', label: 'Tình hình báo cáo' },
  { view: 'bieu-do', label: 'Biểu đồ' },
  { view: 'tai-len', label: 'Tải báo cáo lên' },
];

export function NavTabs({ route, selection }: { route: Route; selection: Selection | null }) {
  const { me } = useApp();
  const tabs = TABS.filter((t) => (t.view === 'tai-len' ? can(me, 'upload') : can(me, 'read')));
  if (tabs.length < 2) return null;
  return (
    <nav class="tabs" aria-label="Các trang">
      <ul>
        {tabs.map((tab) => (
          <li key={tab.view}>
            <a
              href={href({
                view: tab.view,
                form: tab.view === 'bang' ? (route.form ?? tab.form) : undefined,
                unit: selection?.unit,
                period: selection?.period,
              })}
              aria-current={route.view === tab.view ? 'page' : undefined}
            >
              {tab.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
