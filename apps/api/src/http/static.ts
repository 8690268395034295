import { stat } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Context } from 'hono';

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

/**
 * Serves the built web page with @hono/node-server's `serveStatic` (types, ranges, paths that try
 * to leave `webDir` refused): a file under `webDir` when it exists, else `index.html` (client-side
 * routes). Hashed files under `assets/` are cached for a year, the rest revalidated. Without a
 * build, `/` explains in Vietnamese how to make one.
 */
export function webHandler(webDir: string | null | undefined) {
  const cache = (path: string, c: Context) =>
    c.header('Cache-Control', path.includes(`${sep}assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
  const files = webDir ? serveStatic({ root: webDir, onFound: cache }) : null;
  const index = webDir ? serveStatic({ root: webDir, path: 'index.html', onFound: cache }) : null;
  const none = async () => undefined;
  return async (c: Context) => {
    if (!webDir || !files || !index || !(await fileAt(join(webDir, 'index.html')))) return c.html(NOT_BUILT_HTML, 200);
    // A NUL byte can name no file: 404, not the page.
    if (c.req.path.includes('\0') || /%00/i.test(c.req.path)) return c.text('Không tìm thấy đường dẫn.', 404);
    return (await files(c, none)) ?? (await index(c, none)) ?? c.html(NOT_BUILT_HTML, 200);
  };
}
