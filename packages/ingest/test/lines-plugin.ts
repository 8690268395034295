import { readFile } from 'node:fs/promises';
import { defineIngestPlugin, type RawFact, type SubmissionDraft } from '@tonghop/ingest-contract';

/**
 * A tiny real plugin for the orchestrator's tests: `.tl` files of `key=value` lines.
 * `unit=`, `period=`, `form=` lines make the header; `---` starts a new draft; `!error text` is a
 * plugin error on that line; any other `INDICATOR[.OPTION]=value` line is a fact.
 */
export function linesPlugin(name = 'test-lines', confidence = 0.9) {
  return defineIngestPlugin({
    name,
    extensions: ['.tl'],
    detect: (file) => (file.name.endsWith('.tl') ? confidence : 0),
    async *read(file) {
      const lines = (await readFile(file.path, 'utf8')).split('\n');
      let draft = fresh(file.name);
      let any = false;
      for (const [i, text] of lines.entries()) {
        const line = i + 1;
        const source = { file: file.name, line };
        if (text.trim() === '') continue;
        if (text === '---') {
          if (any) yield draft;
          draft = fresh(file.name);
          any = false;
          continue;
        }
        any = true;
        if (text.startsWith('!')) {
          draft.errors.push({ code: 'TEST_PLUGIN', message: `tệp ${file.name}, dòng ${line}: ${text.slice(1)}`, source });
          continue;
        }
        const [key = '', ...rest] = text.split('=');
        const value = rest.join('=');
        if (key === 'unit' || key === 'period' || key === 'form') draft[key] = { text: value, source };
        else draft.facts.push({ indicator: key, option: null, raw: value === '' ? null : value, source } satisfies RawFact);
      }
      if (any) yield draft;
    },
  });
}

function fresh(file: string): SubmissionDraft {
  return { unit: null, period: null, form: null, facts: [], errors: [], warnings: [], source: { file } };
}
