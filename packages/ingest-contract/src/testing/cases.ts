import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One fixture file and what the plugin that owns it must make of it. */
export interface IngestCase {
  /** The fixture folder's name, used as the test name. */
  name: string;
  /** Absolute path of the input file (`input.*` in the folder). */
  input: string;
  /** The plugin that must read this file; every other plugin must detect it below 0.5. */
  plugin: string;
  /** What the plugin itself reports: `ok` = no draft has errors, `errors` = at least one draft does. */
  expect: 'ok' | 'errors';
  /** Absolute path of the golden drafts (`expected.json`); `UPDATE_GOLDEN=1` writes it. */
  golden: string;
}

/** The `case.json` of a fixture folder. Extra fields (a description, the orchestrator's expected outcome) are allowed. */
interface CaseFile {
  plugin: string;
  expect: 'ok' | 'errors';
}

/**
 * Reads every `<dir>/<case>/case.json` with its `input.*` file. Throws when a folder is incomplete:
 * a fixture that silently does not run is worse than none.
 */
export function loadFixtureCases(dir: string): IngestCase[] {
  const cases: IngestCase[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .sort((a, b) => a.name.localeCompare(b.name))) {
    const folder = join(dir, entry.name);
    const casePath = join(folder, 'case.json');
    if (!existsSync(casePath)) throw new Error(`fixture ${folder} has no case.json`);
    const meta = JSON.parse(readFileSync(casePath, 'utf8')) as Partial<CaseFile>;
    if (typeof meta.plugin !== 'string' || (meta.expect !== 'ok' && meta.expect !== 'errors')) {
      throw new Error(`fixture ${casePath}: needs "plugin" and "expect": "ok" | "errors"`);
    }
    const inputs = readdirSync(folder).filter((f) => f.startsWith('input.'));
    if (inputs.length !== 1) throw new Error(`fixture ${folder} must hold exactly one input.* file, found ${inputs.length}`);
    cases.push({
      name: entry.name,
      input: join(folder, inputs[0] as string),
      plugin: meta.plugin,
      expect: meta.expect,
      golden: join(folder, 'expected.json'),
    });
  }
  return cases;
}
