import { describe, expect, it } from 'vitest';
import { TonghopError, TonghopInputError, TonghopInternalError } from './errors';

describe('TonghopError', () => {
  it('carries a stable code, a Vietnamese message, the place and the cause', () => {
    const cause = new Error('low level');
    const err = new TonghopInputError('VALUE_NOT_NUMBER', '"abc" không phải là số', { where: { file: 'a.csv', line: 3 }, cause });
    expect(err).toBeInstanceOf(TonghopError);
    expect(err).toBeInstanceOf(Error);
    expect(err.code).toBe('VALUE_NOT_NUMBER');
    expect(err.message).toBe('"abc" không phải là số');
    expect(err.where).toEqual({ file: 'a.csv', line: 3 });
    expect(err.cause).toBe(cause);
    expect(err.name).toBe('TonghopInputError');
  });

  it('has no place or cause unless given', () => {
    const err = new TonghopInternalError('BAD_PERIOD', 'x');
    expect(err.where).toBeUndefined();
    expect('cause' in err).toBe(false);
    expect(new TonghopError('X', 'y').name).toBe('TonghopError');
  });
});
