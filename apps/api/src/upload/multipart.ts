import { createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import busboy from 'busboy';
import type { Limits, UploadSource } from '../deps';
import { ApiError } from '../errors';

export interface ReceivedUpload {
  files: UploadSource[];
  cleanup(): Promise<void>;
}

/** A file name as the user gave it, safe to use as the last segment of a path. */
export function safeFileName(name: string | undefined, index: number): string {
  const base =
    (name ?? '')
      .split(/[\\/]/)
      .pop()
      ?.replace(/[\x00-\x1f\x7f]/g, '')
      .trim() ?? '';
  if (base === '' || base === '.' || base === '..') return `tep-${index + 1}`;
  return base.length > 200 ? base.slice(base.length - 200) : base;
}

/**
 * Streams a multipart body (busboy) to a temp folder, one sub-folder per file so that names never
 * clash; nothing is held in memory beyond busboy's buffers. Fields other than `file` are ignored.
 * Throws 415 (not multipart, or a file type that is never ingested), 413 (a file over the size
 * limit, or too many files) after removing what was written.
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
      `Yêu cầu tải lên lớn hơn giới hạn ${Math.round(limits.maxRequestBytes / 1024 / 1024)} MB cho mỗi lần gửi.`,
    );
  }
  if (!req.body) throw new ApiError('NO_FILES');

  const dir = await mkdtemp(join(tmpdir(), 'tonghop-upload-'));
  const cleanup = () => rm(dir, { recursive: true, force: true });
  const files: UploadSource[] = [];
  const writes: Promise<void>[] = [];
  let failure: ApiError | null = null;
  const fail = (e: ApiError) => {
    failure ??= e;
  };

  const bb = busboy({
    headers: { 'content-type': type },
    defParamCharset: 'utf8',
    limits: { fileSize: limits.maxFileBytes, files: limits.maxFiles, fields: 50, parts: limits.maxFiles + 50 },
  });
  bb.on('file', (field, stream, info) => {
    const index = files.length;
    const name = safeFileName(info.filename, index);
    if (field !== 'file' || failure) {
      stream.resume();
      return;
    }
    const ext = extname(name).toLowerCase();
    if (!limits.uploadExtensions.includes(ext)) {
      fail(
        new ApiError(
          'UNSUPPORTED_MEDIA_TYPE',
          `Tệp "${name}": loại tệp "${ext || '(không có đuôi)'}" không được nhận (chỉ nhận ${limits.uploadExtensions.join(', ')}).`,
        ),
      );
      stream.resume();
      return;
    }
    const path = join(dir, String(index), name);
    files.push({ path, name });
    stream.on('limit', () =>
      fail(new ApiError('PAYLOAD_TOO_LARGE', `Tệp "${name}" lớn hơn giới hạn ${Math.round(limits.maxFileBytes / 1024 / 1024)} MB.`)),
    );
    writes.push(mkdir(join(dir, String(index))).then(() => pipeline(stream, createWriteStream(path))));
  });
  bb.on('filesLimit', () => fail(new ApiError('TOO_MANY_FILES', `Mỗi lần chỉ được tải lên tối đa ${limits.maxFiles} tệp.`)));

  try {
    await pipeline(Readable.fromWeb(req.body as WebReadableStream<Uint8Array>), bb);
    await Promise.all(writes);
  } catch (error) {
    await Promise.allSettled(writes);
    await cleanup();
    if (failure) throw failure;
    throw new ApiError('BAD_REQUEST', 'Dữ liệu multipart không đọc được (bị cắt ngang hoặc sai định dạng).', { cause: error });
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
