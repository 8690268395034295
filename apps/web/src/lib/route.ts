import { useEffect, useState } from 'preact/hooks';

// Hash routes, so that every view and drill-down is a real link: #/bang/XA?unit=679&period=2022S1
export type View = 'tong-quan' | 'bang' | 'day-du' | 'bieu-do' | 'tai-len';
export const VIEWS: readonly View[] = ['tong-quan', 'bang', 'day-du', 'bieu-do', 'tai-len'];

export interface Route {
  view: View;
  form: string | null;
  unit: string | null;
  period: string | null;
  indicator: string | null;
}

export function parseRoute(hash: string): Route {
  const [path = '', search = ''] = hash.replace(/^#\/?/u, '').split('?');
  const [view = '', form = null] = path.split('/');
  const q = new URLSearchParams(search);
  return {
    view: (VIEWS as readonly string[]).includes(view) ? (view as View) : 'tong-quan',
    form: form || null,
    unit: q.get('unit'),
    period: q.get('period'),
    indicator: q.get('indicator'),
  };
}

export function href(route: Partial<Route> & { view: View }): string {
  const q = new URLSearchParams();
  if (route.unit) q.set('unit', route.unit);
  if (route.period) q.set('period', route.period);
  if (route.indicator) q.set('indicator', route.indicator);
  const search = q.toString();
  return `#/${route.view}${route.form ? `/${route.form}` : ''}${search ? `?${search}` : ''}`;
}

export function navigate(route: Partial<Route> & { view: View }): void {
  location.hash = href(route);
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const onChange = (): void => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', onChange);
    return () => removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
