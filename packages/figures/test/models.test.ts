import { discoverModels } from '@tonghop/pipeline-runner';
import { describe, expect, it } from 'vitest';
import { ROLLUP_PIPELINE_DIR, ROLLUP_SCHEMA, rollupModels } from '../src/index';

describe('rollupModels (the model names TypeScript reads)', () => {
  it('names marts of pipelines/rollup, as table macros with these parameters in order', async () => {
    const models = new Map((await discoverModels(ROLLUP_PIPELINE_DIR)).map((m) => [m.name, m]));
    for (const [key, ref] of Object.entries(rollupModels)) {
      const model = models.get(ref.name);
      expect(model, `rollupModels.${key}: no model "${ref.name}"`).toBeDefined();
      expect([model?.stage, model?.materialized, model?.params], ref.name).toEqual(['marts', 'macro', [...ref.params]]);
      expect(ref.sql).toBe(`"${ROLLUP_SCHEMA}"."${ref.name}"`);
    }
  });

  it('follows the naming convention: stg_ in staging, int_ in intermediate, no prefix in marts', async () => {
    for (const model of await discoverModels(ROLLUP_PIPELINE_DIR)) {
      const prefix = { staging: 'stg_', intermediate: 'int_' }[model.stage];
      if (prefix === undefined) {
        expect(model.stage, model.file).toBe('marts');
        expect(model.name, model.file).not.toMatch(/^(stg|int)_/);
      } else {
        expect(model.name, model.file).toMatch(new RegExp(`^${prefix}`));
      }
    }
  });
});
