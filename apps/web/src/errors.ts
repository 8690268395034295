// Errors the page shows. The API answers errors as JSON {code, message} with a Vietnamese message.
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }

  get unauthorized(): boolean {
    return this.status === 401;
  }
}

/** Network failure or an answer that is not the JSON we expect. */
export function networkError(path: string, cause: unknown): ApiError {
  return new ApiError(0, 'WEB_NETWORK', `Không kết nối được máy chủ (${path}).`, { cause });
}

export function messageOf(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error) return `Lỗi không mong đợi: ${error.message}`;
  return 'Lỗi không mong đợi.';
}
