import { TonghopError } from '@tonghop/core';

export const CLI_CODES = {
  USAGE: 'CLI_USAGE',
  INPUT_REFUSED: 'CLI_INPUT_REFUSED',
} as const;

/** Exit statuses of spec §4. */
export const EXIT = { OK: 0, REFUSED: 1, USAGE: 2 } as const;

/** A usage error (unknown command or option, missing argument): exit status 2. */
export class UsageError extends TonghopError {
  constructor(message: string, options: { cause?: unknown } = {}) {
    super(CLI_CODES.USAGE, message, options);
    this.name = 'UsageError';
  }
}

/** Citty's own usage errors (class CLIError, codes EARG / E_UNKNOWN_COMMAND / E_NO_COMMAND) in Vietnamese. */
export function fromCittyError(error: unknown): UsageError | null {
  if (!(error instanceof Error) || error.name !== 'CLIError') return null;
  const code = (error as Error & { code?: string }).code;
  const plain = error.message.replace(/\u001B\[[0-9;]*m/g, '');
  const missingPositional = /Missing required positional argument: (\S+)/.exec(plain);
  if (missingPositional) return new UsageError(`Thiếu tham số bắt buộc ${missingPositional[1]}.`, { cause: error });
  const missingOption = /Missing required argument: (\S+)/.exec(plain);
  if (missingOption) return new UsageError(`Thiếu tùy chọn bắt buộc ${missingOption[1]}.`, { cause: error });
  const unknown = /Unknown command (\S+)/.exec(plain);
  if (unknown) return new UsageError(`Không có lệnh "${unknown[1]}".`, { cause: error });
  if (code === 'E_NO_COMMAND') return new UsageError('Chưa chọn lệnh.', { cause: error });
  const invalid = /Invalid value for argument: (\S+) \((.*)\)/.exec(plain);
  if (invalid) return new UsageError(`Giá trị không hợp lệ cho ${invalid[1]}: ${invalid[2]}.`, { cause: error });
  return new UsageError(`Cách gọi lệnh không hợp lệ (${plain}).`, { cause: error });
}
