import { describe, expect, it } from 'vitest';
import { assertPluginShape, defineIngestPlugin, PluginShapeError } from '../src/index';

const good = defineIngestPlugin({
  name: 'demo',
  extensions: ['.csv'],
  detect: () => 0.5,
  async *read() {},
});

describe('assertPluginShape', () => {
  it('accepts a plugin and returns it unchanged from define', () => {
    expect(() => assertPluginShape(good)).not.toThrow();
    expect(defineIngestPlugin(good)).toBe(good);
  });

  it('names the plugin and every problem', () => {
    const bad = { name: 'excel-form', extensions: ['xlsx'], detect: 1 };
    expect(() => assertPluginShape(bad)).toThrow(PluginShapeError);
    try {
      assertPluginShape(bad);
    } catch (error: unknown) {
      expect(error).toBeInstanceOf(PluginShapeError);
      const e = error as PluginShapeError;
      expect(e.plugin).toBe('excel-form');
      expect(e.code).toBe('PLUGIN_SHAPE');
      expect(e.message).toContain('"excel-form"');
      expect(e.message).toContain('bad extension "xlsx"');
      expect(e.message).toContain('`detect(file)`');
      expect(e.message).toContain('`read(file, ctx)`');
    }
  });

  it('calls a nameless or non-object plugin <unnamed>', () => {
    expect(() => assertPluginShape({ ...good, name: ' ' })).toThrow(/"<unnamed>".*`name`/);
    expect(() => assertPluginShape(null)).toThrow(/"<unnamed>".*got null/);
  });
});
