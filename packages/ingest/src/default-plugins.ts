import { PLUGINS } from './plugins';

/** The registry's lines (spec §3's four plugins), for `createRegistry`: nothing is loaded until a file is ingested. */
export function defaultPlugins(): typeof PLUGINS {
  return PLUGINS;
}
