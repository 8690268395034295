/** Errors of the ingestion contract. Stable codes; developers' messages (plugins are code, not input). */

export const CONTRACT_ERROR_CODES = {
  pluginShape: 'PLUGIN_SHAPE',
} as const;

export type ContractErrorCode = (typeof CONTRACT_ERROR_CODES)[keyof typeof CONTRACT_ERROR_CODES];

/** A plugin object that lacks a member or has one of the wrong type. Names the plugin. */
export class PluginShapeError extends Error {
  readonly code: ContractErrorCode = CONTRACT_ERROR_CODES.pluginShape;
  readonly plugin: string;

  constructor(plugin: string, problems: readonly string[], options?: { cause?: unknown }) {
    super(`Ingest plugin "${plugin}" is malformed: ${problems.join('; ')}`, options);
    this.name = 'PluginShapeError';
    this.plugin = plugin;
  }
}
