import { mkdtemp, mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS } from './chromium';

export const ARTIFACTS = fileURLToPath(new URL('../test-artifacts/', import.meta.url));

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** A headless Chromium with a fresh profile, in Vietnamese, at a laptop's size. */
export async function launch(executablePath: string): Promise<Browser> {
  const profile = await mkdtemp(join(tmpdir(), 'tonghop-chromium-'));
  await mkdir(ARTIFACTS, { recursive: true });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    args: CHROMIUM_ARGS,
    headless: true,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    viewport: { width: 1366, height: 900 },
    acceptDownloads: true,
  });
  return {
    context,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Waits until no view says it is loading (the API's answers are all in). Sound only once the page
 * has rendered the route being waited for: a view shows its `role=status` in the same render as its
 * title, so first wait for something of the new route (a caption, a title), or use `openHash`.
 */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('[role=status]'), null, { timeout: 60_000 });
}

/**
 * Goes to a hash route of the open page and waits until the page has handled it and loaded it.
 * (`page.goto` to a new hash returns before the `hashchange` handler runs, when the previous view,
 * with no loading status, is still on screen.)
 */
export async function openHash(page: Page, hash: string): Promise<void> {
  await page.evaluate(
    (target) =>
      new Promise<void>((done) => {
        if (location.hash === target) return done();
        addEventListener('hashchange', () => done(), { once: true });
        location.hash = target;
      }),
    hash,
  );
  await settled(page);
}

export async function shot(page: Page, name: string, fullPage = true): Promise<void> {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage });
}

/** Opens the page, signs in with the token through the form, and goes to `hash`. */
export async function signedIn(context: BrowserContext, url: string, token: string, hash = ''): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${url}/`);
  await page.getByLabel('Mã truy cập').fill(token);
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.waitForFunction(() => !document.querySelector('.sign-in'), null, { timeout: 30_000 });
  await settled(page);
  if (hash) await openHash(page, hash);
  return page;
}

/** "7.554" → 7554 (Vietnamese thousands separators). */
export function viNumber(text: string): number {
  return Number(text.trim().replace(/\./gu, '').replace(',', '.'));
}
