import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream, type ReadStream } from 'node:fs';
import { mkdir, open, rename, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { WAREHOUSE_ERROR_CODES, WarehouseError } from './errors';

export interface StoredBlob {
  sha256: string;
  size: number;
  path: string;
}

/** Content-addressed original files: `<dir>/<sha[0:2]>/<sha>`, written atomically, never rewritten. */
export interface BlobStore {
  readonly dir: string;
  /**
   * Stream a file in, hashing as it goes (never the whole file in memory). Idempotent. With
   * `expectedSha256` (the hash the caller read the file under), bytes that hash otherwise are not
   * kept: BLOB_CHANGED, so a submission never points at an address its file is not stored under.
   */
  put(filePath: string, expectedSha256?: string): Promise<StoredBlob>;
  putBytes(bytes: Uint8Array): Promise<StoredBlob>;
  has(sha256: string): Promise<boolean>;
  /** Where the blob lives (whether or not it exists). */
  path(sha256: string): string;
  /** A readable stream of the blob; throws BLOB_NOT_FOUND when absent. */
  open(sha256: string): Promise<ReadStream>;
}

const SHA256 = /^[0-9a-f]{64}$/;

function checkHash(sha256: string): string {
  if (!SHA256.test(sha256)) {
    throw new WarehouseError(WAREHOUSE_ERROR_CODES.BLOB_BAD_HASH, `Mã băm tệp không hợp lệ: "${sha256}" (cần 64 ký tự hex thường).`);
  }
  return sha256;
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch (error: unknown) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

export function createBlobStore(dir: string): BlobStore {
  const path = (sha256: string): string => join(dir, checkHash(sha256).slice(0, 2), sha256);

  /** Write the source (created only once piped, so its errors reach the pipeline) to a temp file while hashing it, fsync, then rename into place. */
  async function ingest(
    source: () => NodeJS.ReadableStream | Iterable<Uint8Array>,
    expected?: { sha256: string; name: string },
  ): Promise<StoredBlob> {
    const tmpDir = join(dir, '.tmp');
    await mkdir(tmpDir, { recursive: true });
    const tmp = join(tmpDir, randomUUID());
    const hash = createHash('sha256');
    let size = 0;
    const tap = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        hash.update(chunk);
        size += chunk.length;
        done(null, chunk);
      },
    });
    try {
      await pipeline(source(), tap, createWriteStream(tmp, { flags: 'wx' }));
      const handle = await open(tmp, 'r+');
      await handle.sync().finally(() => handle.close());
      const sha256 = hash.digest('hex');
      if (expected && sha256 !== expected.sha256) {
        throw new WarehouseError(
          WAREHOUSE_ERROR_CODES.BLOB_CHANGED,
          `Tệp ${expected.name} đã thay đổi trong khi đang được nhận: nội dung lúc lưu (mã băm ${sha256.slice(0, 12)}…) khác nội dung lúc đọc (${expected.sha256.slice(0, 12)}…); không lưu tệp.`,
        );
      }
      const target = path(sha256);
      if (await exists(target)) {
        await unlink(tmp);
      } else {
        await mkdir(join(dir, sha256.slice(0, 2)), { recursive: true });
        await rename(tmp, target);
      }
      return { sha256, size, path: target };
    } catch (error: unknown) {
      if (await exists(tmp)) await unlink(tmp);
      throw error;
    }
  }

  return {
    dir,
    path,
    put: async (filePath, expectedSha256) =>
      ingest(
        () => createReadStream(filePath),
        expectedSha256 === undefined ? undefined : { sha256: checkHash(expectedSha256), name: filePath },
      ),
    putBytes: (bytes) => ingest(() => [bytes]),
    has: (sha256) => exists(path(sha256)),
    async open(sha256) {
      const target = path(sha256);
      if (!(await exists(target))) {
        throw new WarehouseError(WAREHOUSE_ERROR_CODES.BLOB_NOT_FOUND, `Không tìm thấy tệp gốc có mã băm ${sha256} trong kho tệp ${dir}.`);
      }
      return createReadStream(target);
    },
  };
}
