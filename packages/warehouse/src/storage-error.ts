/**
 * A file-system failure of the machine (read-only disk, full disk, no permission) in Vietnamese,
 * for the edges: the CLI prints it and exits 1, the API answers 503 with it. Returns null for
 * anything that is not a Node system error. `where` is shown only when the caller may see paths
 * (the CLI: the operator's own machine; never the API).
 */
export interface StorageFailure {
  code: 'STORAGE_READ_ONLY' | 'STORAGE_FULL' | 'STORAGE_DENIED' | 'STORAGE_FAILED';
  message: string;
}

const WHY: Record<string, { code: StorageFailure['code']; why: string }> = {
  EROFS: { code: 'STORAGE_READ_ONLY', why: 'ổ đĩa chỉ cho đọc, không cho ghi' },
  ENOSPC: { code: 'STORAGE_FULL', why: 'ổ đĩa đã đầy' },
  EDQUOT: { code: 'STORAGE_FULL', why: 'đã hết hạn mức dung lượng' },
  EACCES: { code: 'STORAGE_DENIED', why: 'không có quyền ghi' },
  EPERM: { code: 'STORAGE_DENIED', why: 'không được phép thao tác' },
  ENOTDIR: { code: 'STORAGE_FAILED', why: 'đường dẫn có một phần là tệp chứ không phải thư mục' },
  EISDIR: { code: 'STORAGE_FAILED', why: 'đường dẫn là thư mục chứ không phải tệp' },
  ENOENT: { code: 'STORAGE_FAILED', why: 'thư mục không tồn tại' },
  EMFILE: { code: 'STORAGE_FAILED', why: 'mở quá nhiều tệp cùng lúc' },
  EIO: { code: 'STORAGE_FAILED', why: 'lỗi đọc/ghi của ổ đĩa' },
};

export function storageFailure(error: unknown, opts: { showPath: boolean }): StorageFailure | null {
  if (!(error instanceof Error)) return null;
  const e = error as NodeJS.ErrnoException;
  if (typeof e.code !== 'string' || typeof e.syscall !== 'string') return null;
  const known = WHY[e.code] ?? { code: 'STORAGE_FAILED' as const, why: `lỗi hệ thống ${e.code}` };
  const where = opts.showPath && e.path ? ` (${e.path})` : '';
  return {
    code: known.code,
    message: `Không đọc/ghi được dữ liệu trên ổ đĩa${where}: ${known.why} [${e.code}]. Hãy báo cho quản trị viên kiểm tra ổ đĩa và thư mục dữ liệu; không có gì được lưu dở dang.`,
  };
}
