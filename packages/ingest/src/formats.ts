import type { IngestPluginMeta } from '@tonghop/ingest-contract';
import { PLUGINS } from './plugins';

// Everything derived from the registry's metadata (pure: the web page imports this module).

/** The registered plugins' metadata, in registry order. */
export const PLUGIN_METAS: readonly IngestPluginMeta[] = Object.values(PLUGINS).map((e) => e.meta);

/** Every extension some plugin reads, in registry order, once each (`.xlsx`, `.csv`, ...). */
export function extensionsOf(metas: readonly IngestPluginMeta[]): string[] {
  return [...new Set(metas.flatMap((m) => m.extensions))];
}

/** The upload form's `accept` attribute: `.csv,.txt,...`. */
export function acceptOf(metas: readonly IngestPluginMeta[]): string {
  return extensionsOf(metas).join(',');
}

/**
 * What a file must be, for the "unknown format" message: labels sharing their first words are
 * merged ("CSV dạng dài" + "CSV dạng rộng" → "CSV dạng dài/rộng"), groups joined with "hoặc".
 */
export function formatHint(metas: readonly IngestPluginMeta[]): string {
  const groups = new Map<string, string[][]>();
  for (const m of metas) {
    const words = m.label.split(' ');
    const key = words[0] ?? '';
    groups.set(key, [...(groups.get(key) ?? []), words]);
  }
  const parts = [...groups.values()].map((labels) => {
    const first = labels[0] ?? [];
    let shared = first.length - 1;
    for (const words of labels) {
      let n = 0;
      while (n < shared && words[n] === first[n]) n++;
      shared = n;
    }
    if (labels.length === 1) return first.join(' ');
    return `${first.slice(0, shared).join(' ')} ${labels.map((w) => w.slice(shared).join(' ')).join('/')}`;
  });
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} hoặc ${parts[parts.length - 1]}`;
}

/** The extensions the upload form accepts and the API lets in. */
export const UPLOAD_EXTENSIONS: readonly string[] = extensionsOf(PLUGIN_METAS);
/** The upload form's `accept`. */
export const UPLOAD_ACCEPT: string = acceptOf(PLUGIN_METAS);
