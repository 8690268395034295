import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { Readable } from 'node:stream';
import type { Context } from 'hono';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json',
};

export const NOT_BUILT_HTML = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>tonghop</title></head>
<body><h1>Trang web chưa được dựng</h1><p>Hãy chạy <code>pnpm build</code> ở thư mục gốc của dự án rồi mở lại trang này.
API vẫn hoạt động tại <a href="/api/openapi.json">/api/openapi.json</a>.</p></body></html>`;

async function fileAt(path: string) {
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return null;
    throw error;
  });
  return info?.isFile() ? info : null;
}

function safeDecode(path: string): string | null {
  try {
    return decodeURIComponent(path);
  } catch (error) {
    if (error instanceof URIError) return null;
    throw error;
  }
}

/**
 * Serves the built web page: a file under `webDir` when it exists, else `index.html` (client-side
 * routes). Paths cannot leave `webDir`. Without a build, `/` explains in Vietnamese how to make one.
 */
export function webHandler(webDir: string | null | undefined) {
  return async (c: Context) => {
    if (!webDir || !(await fileAt(join(webDir, 'index.html')))) return c.html(NOT_BUILT_HTML, 200);
    const decoded = safeDecode(c.req.path);
    // A NUL byte can name no file (node refuses it): 404, not a 500 from the file system.
    if (decoded?.includes('\0')) return c.text('Không tìm thấy đường dẫn.', 404);
    const wanted = normalize(join(webDir, decoded ?? 'index.html'));
    const inside = (decoded !== null && wanted === webDir) || wanted.startsWith(webDir.endsWith(sep) ? webDir : webDir + sep);
    const path = inside && (await fileAt(wanted)) ? wanted : join(webDir, 'index.html');
    const info = await fileAt(path);
    if (!info) return c.html(NOT_BUILT_HTML, 200);
    const immutable = path.includes(`${sep}assets${sep}`);
    return c.body(Readable.toWeb(createReadStream(path)) as ReadableStream<Uint8Array>, 200, {
      'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream',
      'Content-Length': String(info.size),
      'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
  };
}
