import { PluginShapeError } from './errors';
import type { IngestPlugin } from './types';

/** Identity: exists so that a plugin object literal gets its type inferred and checked. */
export function defineIngestPlugin<P extends IngestPlugin>(plugin: P): P {
  return plugin;
}

/**
 * Checks at load time that a value is an ingest plugin. Throws a `PluginShapeError` naming the
 * plugin (or `<unnamed>`) and every missing or mistyped member.
 */
export function assertPluginShape(value: unknown): asserts value is IngestPlugin {
  if (typeof value !== 'object' || value === null) {
    throw new PluginShapeError('<unnamed>', [`expected an object, got ${value === null ? 'null' : typeof value}`]);
  }
  const p = value as Record<string, unknown>;
  const name = typeof p.name === 'string' && p.name.trim() !== '' ? p.name : '<unnamed>';
  const problems: string[] = [];
  if (name === '<unnamed>') problems.push('`name` must be a non-empty string');
  if (!Array.isArray(p.extensions)) {
    problems.push('`extensions` must be an array of lower-case extensions such as ".csv"');
  } else {
    for (const ext of p.extensions) {
      if (typeof ext !== 'string' || !/^\.[a-z0-9]+$/.test(ext)) problems.push(`bad extension ${JSON.stringify(ext)}`);
    }
  }
  if (typeof p.detect !== 'function') problems.push('`detect(file)` must be a function');
  if (typeof p.read !== 'function') problems.push('`read(file, ctx)` must be a function');
  if (problems.length > 0) throw new PluginShapeError(name, problems);
}
