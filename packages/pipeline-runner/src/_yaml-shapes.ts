import { PipelineConfigError } from './errors';

/** Shape checks for the parsed yml, each failing with the file and the place. */
export function asRecord(value: unknown, file: string, what: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new PipelineConfigError(`${file}: ${what} must be a mapping`, file);
  }
  return value as Record<string, unknown>;
}

export function asArray(value: unknown, file: string, what: string): unknown[] {
  if (!Array.isArray(value)) throw new PipelineConfigError(`${file}: ${what} must be a list`, file);
  return value;
}
