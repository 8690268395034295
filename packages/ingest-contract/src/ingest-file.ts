import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import type { IngestFile } from './types';

/** How many bytes of a file `head` holds: enough to sniff encodings, zip magic and header lines. */
export const HEAD_BYTES = 64 * 1024;

/**
 * Describes a file on disk for the plugins: its size and its first 64 KiB.
 * `name` is what users see in messages (the original upload name); default: the path's basename.
 */
export async function makeIngestFile(path: string, name: string = basename(path)): Promise<IngestFile> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    const buffer = new Uint8Array(Math.min(size, HEAD_BYTES));
    let filled = 0;
    while (filled < buffer.length) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return { name, path, size, head: buffer.subarray(0, filled) };
  } finally {
    await handle.close();
  }
}
