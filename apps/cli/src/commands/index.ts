import type { CommandDef } from 'citty';

/**
 * Every top-level command, one file each in this folder (default export = citty defineCommand).
 * To add one: create `<name>.ts` and add a line here. Loaded lazily so `--help` stays fast.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type LazyCommand = () => Promise<CommandDef<any>>;

export const commands: Record<string, LazyCommand> = {
  units: () => import('./units').then((m) => m.default),
  ingest: () => import('./ingest').then((m) => m.default),
  demo: () => import('./demo').then((m) => m.default),
  users: () => import('./users').then((m) => m.default),
  serve: () => import('./serve').then((m) => m.default),
  export: () => import('./export').then((m) => m.default),
  run: () => import('./run').then((m) => m.default),
  rollup: () => import('./rollup').then((m) => m.default),
  completeness: () => import('./completeness').then((m) => m.default),
  template: () => import('./template').then((m) => m.default),
  query: () => import('./query').then((m) => m.default),
  import: () => import('./import').then((m) => m.default),
  report: () => import('./report').then((m) => m.default),
  gc: () => import('./gc').then((m) => m.default),
};
