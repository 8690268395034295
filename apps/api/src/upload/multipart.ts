import { createWriteStream, mkdirSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import busboy from 'busboy';
import type { Limits, UploadSource } from '../deps';
import { ApiError } from '../errors';
import { safeFileName } from './file-name';
import { makeUploadDir, releaseUploadDir } from './temp-dirs';

export interface ReceivedUpload {
  files: UploadSource[];
  cleanup(): Promise<void>;
}

const MIB = 1024 * 1024;

/**
 * Streams a multipart body (busboy) to a temp folder, one sub-folder per file so that names never
 * clash; nothing is held in memory beyond busboy's buffers. Fields other than `file` are ignored.
 * Throws 415 (not multipart, or a file type that is never ingested), 413 (a file over the size
 * limit, or too many files), 400 (a body cut short or malformed) after removing what was written.
 *
 * Every file stream busboy hands over gets its error handler in the same tick (a write pipeline
 * or, for a skipped part, a listener), so a body cut in the middle of a part — busboy then
 * errors the part's stream — is a 400, never an unhandled 'error' event.
 */
export async function receiveMultipart(req: Request, limits: Limits): Promise<ReceivedUpload> {
  const type = req.headers.get('content-type') ?? '';
  if (!/^multipart\/form-data\s*;/i.test(type)) {
    throw new ApiError('UNSUPPORTED_MEDIA_TYPE', 'Hãy gửi tệp dưới dạng multipart/form-data, trường "file".');
  }
  // Without Content-Length (chunked), the per-file and file-count limits still bound the body.
  const declared = Number(req.headers.get('content-length') ?? '0');
  if (declared > limits.maxRequestBytes) {
    throw new ApiError(
      'PAYLOAD_TOO_LARGE',
      `Yêu cầu tải lên lớn hơn giới hạn ${Math.round(limits.maxRequestBytes / MIB)} MB cho mỗi lần gửi.`,
    );
  }
  if (!req.body) throw new ApiError('NO_FILES');

  let bb: busboy.Busboy;
  try {
    bb = busboy({
      headers: { 'content-type': type },
      defParamCharset: 'utf8',
      limits: { fileSize: limits.maxFileBytes, files: limits.maxFiles, fields: 50, parts: limits.maxFiles + 50 },
    });
  } catch (error: unknown) {
    // busboy throws synchronously for a multipart type without a boundary.
    throw new ApiError('BAD_REQUEST', 'Dữ liệu multipart không đọc được (thiếu "boundary" trong Content-Type).', { cause: error });
  }

  const dir = makeUploadDir();
  const cleanup = async () => {
    await rm(dir, { recursive: true, force: true });
    releaseUploadDir(dir);
  };
  const files: UploadSource[] = [];
  const writes: Promise<void>[] = [];
  let failure: ApiError | null = null;
  const fail = (e: ApiError) => {
    failure ??= e;
  };
  const skip = (stream: NodeJS.ReadableStream) => {
    // A skipped part still errors when the body is cut inside it: its error is the body's error.
    stream.on('error', (error: unknown) => fail(malformed(error)));
    stream.resume();
  };

  bb.on('file', (field, stream, info) => {
    const index = files.length;
    const name = safeFileName(info.filename, index);
    if (field !== 'file' || failure) return skip(stream);
    const ext = extname(name).toLowerCase();
    if (!limits.uploadExtensions.includes(ext)) {
      fail(
        new ApiError(
          'UNSUPPORTED_MEDIA_TYPE',
          `Tệp "${name}": loại tệp "${ext || '(không có đuôi)'}" không được nhận (chỉ nhận ${limits.uploadExtensions.join(', ')}).`,
        ),
      );
      return skip(stream);
    }
    const path = join(dir, String(index), name);
    files.push({ path, name });
    stream.on('limit', () =>
      fail(new ApiError('PAYLOAD_TOO_LARGE', `Tệp "${name}" lớn hơn giới hạn ${Math.round(limits.maxFileBytes / MIB)} MB.`)),
    );
    try {
      mkdirSync(join(dir, String(index)));
      writes.push(pipeline(stream, createWriteStream(path)));
    } catch (error: unknown) {
      skip(stream);
      writes.push(Promise.reject(error));
    }
  });
  bb.on('filesLimit', () => fail(new ApiError('TOO_MANY_FILES', `Mỗi lần chỉ được tải lên tối đa ${limits.maxFiles} tệp.`)));

  try {
    await pipeline(Readable.fromWeb(req.body as WebReadableStream<Uint8Array>), bb);
    await Promise.all(writes);
  } catch (error: unknown) {
    await Promise.allSettled(writes);
    await cleanup();
    if (failure) throw failure;
    if (isSystemError(error)) throw error;
    throw malformed(error);
  }
  if (failure) {
    await cleanup();
    throw failure;
  }
  if (files.length === 0) {
    await cleanup();
    throw new ApiError('NO_FILES');
  }
  return { files, cleanup };
}

function malformed(cause: unknown): ApiError {
  return new ApiError('BAD_REQUEST', 'Dữ liệu multipart không đọc được (bị cắt ngang hoặc sai định dạng).', { cause });
}

function isSystemError(error: unknown): boolean {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).syscall === 'string';
}
