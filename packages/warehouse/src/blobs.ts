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

export interface PutOptions {
  /** Sees every chunk as it is copied (the ingest keeps the first 64 KiB for detection: one read per file). */
  onChunk?: (chunk: Buffer) => void;
  /**
   * fsync the copy before it is renamed into place (default true). With false the caller must
   * `sync` it before anything that names it is committed (the ingest syncs a batch's blobs together:
   * parallel fsyncs cost a fraction of serial ones).
   */
  sync?: boolean;
}

/** A blob copied in for one use (an ingest of the file): released once it is known whether it is kept. */
export interface HeldBlob extends StoredBlob {
  /**
   * `kept` = something now names it. A blob this hold created and nobody kept is removed when the
   * last hold on it is released (a wholly refused file leaves no bytes behind); one that existed
   * before, or that another hold kept, stays.
   */
  release(kept: boolean): Promise<void>;
}

/** Content-addressed original files: `<dir>/<sha[0:2]>/<sha>`, written atomically, never rewritten. */
export interface BlobStore {
  readonly dir: string;
  /** Stream a file in, hashing as it goes (never the whole file in memory). Idempotent. */
  put(filePath: string, options?: PutOptions): Promise<StoredBlob>;
  /** `put`, held for one use: see HeldBlob. */
  hold(filePath: string, options?: PutOptions): Promise<HeldBlob>;
  putBytes(bytes: Uint8Array): Promise<StoredBlob>;
  /** fsync blobs put with `sync: false`, all at once. */
  sync(sha256s: readonly string[]): Promise<void>;
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

async function sizeOf(path: string): Promise<number | null> {
  try {
    return (await stat(path)).size;
  } catch (error: unknown) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

async function fsync(path: string): Promise<void> {
  const handle = await open(path, 'r+');
  await handle.sync().finally(() => handle.close());
}

/** Holds in this process per blob: how many, whether one of them created it, whether one kept it. */
interface Holds {
  count: number;
  created: boolean;
  kept: boolean;
}

export function createBlobStore(dir: string): BlobStore {
  const path = (sha256: string): string => join(dir, checkHash(sha256).slice(0, 2), sha256);
  const holds = new Map<string, Holds>();
  const made = new Set<string>();
  /** mkdir -p, once per folder per store: a put of a small file is mostly its system calls. */
  const folder = async (path: string): Promise<string> => {
    if (!made.has(path)) {
      await mkdir(path, { recursive: true });
      made.add(path);
    }
    return path;
  };

  /** Write the source (created only once piped, so its errors reach the pipeline) to a temp file while hashing it, fsync, then rename into place. */
  async function ingest(
    source: () => NodeJS.ReadableStream | Iterable<Uint8Array>,
    options: PutOptions = {},
  ): Promise<StoredBlob & { created: boolean }> {
    try {
      return await ingestOnce(source, options);
    } catch (error: unknown) {
      // A folder removed behind the store's back (an operator, a restore): forget what was made and try once more.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || made.size === 0) throw error;
      made.clear();
      return ingestOnce(source, options);
    }
  }

  async function ingestOnce(
    source: () => NodeJS.ReadableStream | Iterable<Uint8Array>,
    options: PutOptions,
  ): Promise<StoredBlob & { created: boolean }> {
    const tmp = join(await folder(join(dir, '.tmp')), randomUUID());
    const hash = createHash('sha256');
    let size = 0;
    const { onChunk } = options;
    const tap = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        hash.update(chunk);
        size += chunk.length;
        onChunk?.(chunk);
        done(null, chunk);
      },
    });
    try {
      await pipeline(source(), tap, createWriteStream(tmp, { flags: 'wx' }));
      if (options.sync !== false) await fsync(tmp);
      const sha256 = hash.digest('hex');
      const target = path(sha256);
      // A blob of another size under this address can only be a copy cut short (a crash before its sync): replaced.
      const existing = await sizeOf(target);
      if (existing === size) {
        await unlink(tmp);
        return { sha256, size, path: target, created: false };
      }
      await folder(join(dir, sha256.slice(0, 2)));
      await rename(tmp, target);
      return { sha256, size, path: target, created: true };
    } catch (error: unknown) {
      if ((await sizeOf(tmp)) !== null) await unlink(tmp);
      throw error;
    }
  }

  const put = async (filePath: string, options?: PutOptions): Promise<StoredBlob> => {
    const { created: _created, ...blob } = await ingest(() => createReadStream(filePath, { highWaterMark: 1 << 20 }), options);
    return blob;
  };

  async function hold(filePath: string, options?: PutOptions): Promise<HeldBlob> {
    const { created, ...blob } = await ingest(() => createReadStream(filePath, { highWaterMark: 1 << 20 }), options);
    const h = holds.get(blob.sha256) ?? { count: 0, created: false, kept: false };
    h.count += 1;
    h.created ||= created;
    holds.set(blob.sha256, h);
    let released = false;
    return {
      ...blob,
      async release(kept) {
        if (released) return;
        released = true;
        h.count -= 1;
        h.kept ||= kept;
        if (h.count > 0) return;
        holds.delete(blob.sha256);
        if (h.created && !h.kept) await unlink(blob.path).catch(() => undefined);
      },
    };
  }

  return {
    dir,
    path,
    put,
    hold,
    putBytes: (bytes) => ingest(() => [bytes]).then(({ created: _created, ...blob }) => blob),
    async sync(sha256s) {
      await Promise.all([...new Set(sha256s)].map((sha) => fsync(path(sha))));
    },
    has: async (sha256) => (await sizeOf(path(sha256))) !== null,
    async open(sha256) {
      const target = path(sha256);
      if ((await sizeOf(target)) === null) {
        throw new WarehouseError(WAREHOUSE_ERROR_CODES.BLOB_NOT_FOUND, `Không tìm thấy tệp gốc có mã băm ${sha256} trong kho tệp ${dir}.`);
      }
      return createReadStream(target);
    },
  };
}
