import { assertPluginShape, type IngestFile, type IngestPlugin } from '@tonghop/ingest-contract';
import { IngestError, INGEST_CODES } from './errors';

/** The plugins the orchestrator may use, by name. Built once; shapes checked on load. */
export interface PluginRegistry {
  readonly plugins: readonly IngestPlugin[];
  get(name: string): IngestPlugin | undefined;
  detect(file: IngestFile): Promise<Detection>;
}

export type Detection =
  | { ok: true; plugin: IngestPlugin; confidence: number }
  | { ok: false; code: 'FORMAT_UNKNOWN'; best: number }
  | { ok: false; code: 'FORMAT_AMBIGUOUS'; tied: IngestPlugin[]; confidence: number };

/** Below this confidence a file is refused as "not recognised". */
export const MIN_CONFIDENCE = 0.5;

/** Throws an IngestError naming the plugin when `value` is not an IngestPlugin. */
export function checkPluginShape(value: unknown, key: string): IngestPlugin {
  try {
    assertPluginShape(value);
  } catch (error: unknown) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new IngestError(INGEST_CODES.PLUGIN_INVALID, `Ingest plugin "${key}" cannot be registered: ${detail}`, { cause: error });
  }
  if (value.name !== key) {
    throw new IngestError(
      INGEST_CODES.PLUGIN_INVALID,
      `Ingest plugin "${key}" is registered under another name than its own ("${value.name}")`,
    );
  }
  return value;
}

/**
 * One explicit registry: `{ 'csv-long': csvLong(), ... }` or an array (keys = plugin names).
 * Detection asks every plugin and takes the highest confidence; a tie at the top is ambiguous.
 */
export function createRegistry(plugins: Readonly<Record<string, IngestPlugin>> | readonly IngestPlugin[]): PluginRegistry {
  const entries: [string, unknown][] = Array.isArray(plugins)
    ? plugins.map((p: IngestPlugin, i) => [typeof p?.name === 'string' ? p.name : `#${i}`, p])
    : Object.entries(plugins);
  const byName = new Map<string, IngestPlugin>();
  for (const [key, value] of entries) {
    if (byName.has(key)) throw new IngestError(INGEST_CODES.PLUGIN_INVALID, `Ingest plugin "${key}" is registered twice`);
    byName.set(key, checkPluginShape(value, key));
  }
  const list = [...byName.values()];

  async function detect(file: IngestFile): Promise<Detection> {
    const scored: { plugin: IngestPlugin; confidence: number }[] = [];
    for (const plugin of list) {
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

  return { plugins: list, get: (name) => byName.get(name), detect };
}

export function isRegistry(value: PluginRegistry | readonly IngestPlugin[]): value is PluginRegistry {
  return !Array.isArray(value) && typeof (value as PluginRegistry).detect === 'function';
}
