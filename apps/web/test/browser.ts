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

/** Waits until no view says it is loading (the API's answers are all in). */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('[role=status]'), null, { timeout: 60_000 });
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
  if (hash) await page.goto(`${url}/${hash}`);
  await settled(page);
  return page;
}

/** "7.554" → 7554 (Vietnamese thousands separators). */
export function viNumber(text: string): number {
  return Number(text.trim().replace(/\./gu, '').replace(',', '.'));
}
