import { defineIngestPlugin, errorDraft, issue, type IngestFile, type SubmissionDraft } from '@tonghop/ingest-contract';
import { kvTinyMeta } from './meta';

// Step 2 of "Adding a plugin" (docs/ingest.md): the plugin module, a default-exported factory.
// A tiny real format: `#tonghop-kv` on line 1, then `key;value` lines (unit, period, form, or an
// indicator code); `---` starts the next submission.

const MAGIC = '#tonghop-kv';

export type KvTinyOptions = Record<string, never>;

export default function kvTiny(_options: KvTinyOptions = {}) {
  return defineIngestPlugin({
    ...kvTinyMeta,
    detect: (file: IngestFile) => (new TextDecoder().decode(file.head.subarray(0, MAGIC.length)) === MAGIC ? 0.95 : 0),
    async *read(file: IngestFile): AsyncGenerator<SubmissionDraft> {
      // A heavy library would be imported here, on the first read: `await import('…')`.
      const { readFile } = await import('node:fs/promises');
      const lines = (await readFile(file.path, 'utf8')).split('\n');
      if (lines[0]?.trim() !== MAGIC) {
        yield errorDraft(file.name, [
          issue('KV_NOT_KV', `Tệp ${file.name} không bắt đầu bằng dòng ${MAGIC} (dòng 1).`, { file: file.name, line: 1 }),
        ]);
        return;
      }
      let draft = fresh(file.name);
      for (const [i, text] of lines.entries()) {
        const source = { file: file.name, line: i + 1 };
        if (i === 0 || text.trim() === '') continue;
        if (text.trim() === '---') {
          yield draft;
          draft = fresh(file.name);
          continue;
        }
        const [key = '', value = ''] = text.split(';').map((s) => s.trim());
        if (key === 'unit' || key === 'period' || key === 'form') draft[key] = { text: value, source };
        else draft.facts.push({ indicator: key, option: null, raw: value === '' ? null : value, source });
      }
      yield draft;
    },
  });
}

function fresh(file: string): SubmissionDraft {
  return { unit: null, period: null, form: null, facts: [], errors: [], warnings: [], source: { file } };
}
