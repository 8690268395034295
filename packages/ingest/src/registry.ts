import { assertPluginShape, type IngestFile, type IngestPlugin, type IngestPluginMeta } from '@tonghop/ingest-contract';
import { IngestError, INGEST_CODES } from './errors';
import type { PluginEntry } from './plugin-entry';

/** The plugins the orchestrator may use, by name. Metadata at once; the plugins loaded on first use, shapes checked then. */
export interface PluginRegistry {
  /** Every plugin's metadata, without loading any. */
  readonly metas: readonly IngestPluginMeta[];
  /** Every plugin, loaded (once) and checked: rejects with an IngestError naming a plugin that is malformed. */
  load(): Promise<readonly IngestPlugin[]>;
  get(name: string): Promise<IngestPlugin | undefined>;
  detect(file: IngestFile): Promise<Detection>;
}

export type Detection =
  | { ok: true; plugin: IngestPlugin; confidence: number }
  | { ok: false; code: 'FORMAT_UNKNOWN'; best: number }
  | { ok: false; code: 'FORMAT_AMBIGUOUS'; tied: IngestPlugin[]; confidence: number };

/** Below this confidence a file is refused as "not recognised". */
export const MIN_CONFIDENCE = 0.5;

function invalid(key: string, detail: string, cause?: unknown): IngestError {
  return new IngestError(INGEST_CODES.PLUGIN_INVALID, `Ingest plugin "${key}" cannot be registered: ${detail}`, cause ? { cause } : {});
}

/** Throws an IngestError naming the plugin when `value` is not an IngestPlugin. */
export function checkPluginShape(value: unknown, key: string): IngestPlugin {
  try {
    assertPluginShape(value);
  } catch (error: unknown) {
    throw invalid(key, error instanceof Error ? error.message : String(error), error);
  }
  if (value.name !== key) {
    throw new IngestError(
      INGEST_CODES.PLUGIN_INVALID,
      `Ingest plugin "${key}" is registered under another name than its own ("${value.name}")`,
    );
  }
  return value;
}

/** A loaded plugin must be what its registry line says it is (same name, label and extensions). */
function checkAgainstMeta(plugin: IngestPlugin, meta: IngestPluginMeta): IngestPlugin {
  const same = plugin.label === meta.label && plugin.extensions.join() === meta.extensions.join();
  if (!same) throw invalid(meta.name, `the loaded plugin's label or extensions differ from its registry metadata`);
  return plugin;
}

/** A module whose default export is a plugin factory (or a plugin), as a registry line names it. */
async function loadEntry(key: string, entry: PluginEntry): Promise<IngestPlugin> {
  let loaded: unknown;
  try {
    loaded = 'module' in entry ? await import(entry.module) : await entry.load();
  } catch (error: unknown) {
    throw invalid(key, `its module does not load (${error instanceof Error ? error.message : String(error)})`, error);
  }
  const exported = (loaded as { default?: unknown } | null)?.default ?? loaded;
  const plugin = typeof exported === 'function' ? (exported as () => unknown)() : exported;
  return checkAgainstMeta(checkPluginShape(plugin, key), entry.meta);
}

const isEntry = (value: unknown): value is PluginEntry =>
  typeof value === 'object' && value !== null && 'meta' in value && ('module' in value || 'load' in value);

type Registered = { key: string; meta: IngestPluginMeta } & ({ plugin: IngestPlugin } | { entry: PluginEntry });

/**
 * One explicit registry: registry lines `{ name: { meta, module } }` (see plugins.ts), loaded on
 * first use, or plugins already made (`{ 'csv-long': csvLong() }` or an array; checked at once).
 * Detection asks every plugin and takes the highest confidence; a tie at the top is ambiguous.
 */
export function createRegistry(
  plugins: Readonly<Record<string, IngestPlugin | PluginEntry>> | readonly (IngestPlugin | PluginEntry)[],
): PluginRegistry {
  const entries: [string, unknown][] = Array.isArray(plugins)
    ? plugins.map((p: IngestPlugin | PluginEntry, i) => {
        const name = isEntry(p) ? p.meta.name : p?.name;
        return [typeof name === 'string' ? name : `#${i}`, p];
      })
    : Object.entries(plugins);
  const byName = new Map<string, Registered>();
  for (const [key, value] of entries) {
    if (byName.has(key)) throw new IngestError(INGEST_CODES.PLUGIN_INVALID, `Ingest plugin "${key}" is registered twice`);
    if (isEntry(value)) {
      if (value.meta.name !== key) throw invalid(key, `its metadata names it "${value.meta.name}"`);
      byName.set(key, { key, meta: value.meta, entry: value });
    } else {
      const plugin = checkPluginShape(value, key);
      const meta = { name: plugin.name, label: plugin.label ?? plugin.name, extensions: plugin.extensions };
      byName.set(key, { key, meta, plugin });
    }
  }
  const registered = [...byName.values()];
  let loading: Promise<IngestPlugin[]> | null = null;

  function load(): Promise<IngestPlugin[]> {
    loading ??= Promise.all(registered.map((r) => ('plugin' in r ? r.plugin : loadEntry(r.key, r.entry))));
    loading.catch(() => {
      loading = null; // a failed load is tried again next time (and fails again, naming the plugin)
    });
    return loading;
  }

  async function detect(file: IngestFile): Promise<Detection> {
    const scored: { plugin: IngestPlugin; confidence: number }[] = [];
    for (const plugin of await load()) {
      const confidence = await plugin.detect(file);
      scored.push({ plugin, confidence: Number.isFinite(confidence) ? confidence : 0 });
    }
    const best = Math.max(0, ...scored.map((s) => s.confidence));
    if (best < MIN_CONFIDENCE) return { ok: false, code: 'FORMAT_UNKNOWN', best };
    const top = scored.filter((s) => s.confidence === best);
    if (top.length > 1) return { ok: false, code: 'FORMAT_AMBIGUOUS', tied: top.map((s) => s.plugin), confidence: best };
    const winner = top[0];
    if (!winner) return { ok: false, code: 'FORMAT_UNKNOWN', best };
    return { ok: true, plugin: winner.plugin, confidence: best };
  }

  return {
    metas: registered.map((r) => r.meta),
    load,
    get: async (name) => (byName.has(name) ? (await load()).find((p) => p.name === name) : undefined),
    detect,
  };
}

export function isRegistry(value: PluginRegistry | readonly IngestPlugin[]): value is PluginRegistry {
  return !Array.isArray(value) && typeof (value as PluginRegistry).detect === 'function';
}
