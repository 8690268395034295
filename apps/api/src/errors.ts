import { TonghopInputError } from '@tonghop/core';

/**
 * Stable error codes of the HTTP API and the one error class routes throw.
 * `onError` turns an ApiError into `{code, message}` with its status; anything else becomes a 500.
 */
export const API_ERRORS = {
  UNAUTHORIZED: { status: 401, message: 'Thiếu hoặc sai mã truy cập (token). Hãy gửi tiêu đề "Authorization: Bearer <token>".' },
  TOKEN_EXPIRED: { status: 401, message: 'Mã truy cập (token) đã hết hạn. Hãy xin quản trị viên cấp mã mới.' },
  FORBIDDEN: { status: 403, message: 'Vai trò của bạn không được phép thực hiện thao tác này.' },
  FORBIDDEN_UNIT: { status: 403, message: 'Bạn không được phép nộp báo cáo cho đơn vị này.' },
  NOT_FOUND: { status: 404, message: 'Không tìm thấy đường dẫn.' },
  SUBMISSION_NOT_FOUND: { status: 404, message: 'Không tìm thấy báo cáo.' },
  UNIT_NOT_FOUND: { status: 404, message: 'Không tìm thấy đơn vị.' },
  METHOD_NOT_ALLOWED: { status: 405, message: 'Phương thức không được hỗ trợ cho đường dẫn này.' },
  MISSING_PARAMETER: { status: 400, message: 'Thiếu tham số bắt buộc.' },
  BAD_REQUEST: { status: 400, message: 'Yêu cầu không hợp lệ.' },
  INVALID_PARAMETER: { status: 422, message: 'Tham số không hợp lệ.' },
  NO_FILES: { status: 400, message: 'Không có tệp nào trong trường "file".' },
  PAYLOAD_TOO_LARGE: { status: 413, message: 'Tệp tải lên vượt quá dung lượng cho phép.' },
  TOO_MANY_FILES: { status: 413, message: 'Số tệp tải lên vượt quá giới hạn.' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, message: 'Kiểu dữ liệu không được hỗ trợ.' },
  TIMEOUT: { status: 504, message: 'Yêu cầu xử lý quá lâu và đã bị dừng. Hãy thử lại sau.' },
  STORAGE_UNAVAILABLE: {
    status: 503,
    message: 'Máy chủ không ghi được dữ liệu (ổ đĩa chỉ đọc, đầy hoặc không có quyền). Hãy báo cho quản trị viên.',
  },
  NOT_IMPLEMENTED: { status: 501, message: 'Chức năng này chưa sẵn sàng.' },
  INTERNAL: { status: 500, message: 'Lỗi hệ thống. Vui lòng thử lại sau hoặc báo cho quản trị viên.' },
} as const;

export type ApiErrorCode = keyof typeof API_ERRORS;
export type ApiStatus = (typeof API_ERRORS)[ApiErrorCode]['status'];

/** An error with a stable code, an HTTP status and a Vietnamese message for the client. */
export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly status: ApiStatus;
  /** Extra JSON merged into the response body (e.g. the per-file results of a refused upload). */
  readonly extra?: Record<string, unknown>;

  constructor(code: ApiErrorCode, message?: string, options: { cause?: unknown; extra?: Record<string, unknown> } = {}) {
    super(message ?? API_ERRORS[code].message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'ApiError';
    this.code = code;
    this.status = API_ERRORS[code].status;
    if (options.extra) this.extra = options.extra;
  }
}

/** A user or token that cannot be created as asked (CLI `users add`); the message is Vietnamese. */
export class AuthError extends TonghopInputError {
  constructor(
    code: 'USER_NAME_EMPTY' | 'USER_NAME_TAKEN' | 'USER_NOT_FOUND' | 'ROLE_INVALID' | 'UNIT_REQUIRED' | 'UNIT_UNKNOWN' | 'EXPIRY_INVALID',
    message: string,
  ) {
    super(code, message);
    this.name = 'AuthError';
  }
}
