import { readdir, readFile } from 'node:fs/promises';
import { basename, dirname, join, relative, sep } from 'node:path';
import { PipelineConfigError } from './errors';
import { parseModelYaml } from './model-yaml';
import type { ModelDef } from './types';

/** Every `models/**\/*.sql` of a pipeline folder with its sibling `.yml`, sorted by path. */
export async function discoverModels(pipelineDir: string): Promise<ModelDef[]> {
  const modelsDir = join(pipelineDir, 'models');
  const files = (await listFiles(modelsDir)).sort();
  const models: ModelDef[] = [];
  const seen = new Map<string, string>();
  for (const path of files.filter((f) => f.endsWith('.sql'))) {
    const name = basename(path, '.sql');
    const file = relative(pipelineDir, path).split(sep).join('/');
    const earlier = seen.get(name);
    if (earlier !== undefined) throw new PipelineConfigError(`Model "${name}" is defined twice: ${earlier} and ${file}`, file);
    seen.set(name, file);
    const ymlPath = `${path.slice(0, -'.sql'.length)}.yml`;
    const yml = files.includes(ymlPath) ? await readFile(ymlPath, 'utf8') : null;
    const stageDir = relative(modelsDir, dirname(path)).split(sep).join('/');
    const sql = await readFile(path, 'utf8');
    models.push({ name, file, stage: stageDir === '' ? '.' : stageDir, sql, ...parseModelYaml(yml, file) });
  }
  return models;
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const out: string[] = [];
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(path)));
    else if (entry.isFile()) out.push(path);
  }
  return out;
}
