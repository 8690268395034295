import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { communes2022S1 } from '../../../fixtures/demo/demo-data';
import { launch, openHash, settled, shot, signedIn, viNumber, type Browser } from './browser';
import { buildPage } from './build-page';
import { findOrInstallChromium, loudSkipMessage } from './chromium';
import { startDemoServer, type DemoServer } from './demo-server';
import { readUnitsCsv } from './units-csv';

const chromiumPath = findOrInstallChromium((line) => console.warn(line));
if (!chromiumPath) console.warn(loudSkipMessage());

const DEMO = fileURLToPath(new URL('../../../fixtures/', import.meta.url));
const D679 = '#/tong-quan?unit=679&period=2022S1';

describe.skipIf(!chromiumPath)('the leadership page in Chromium, over the real API and the demo data', () => {
  let server: DemoServer;
  let browser: Browser;
  let names: Map<string, string>;

  beforeAll(async () => {
    server = await startDemoServer(await buildPage());
    browser = await launch(chromiumPath!);
    names = new Map((await readUnitsCsv(`${DEMO}units/demo-units.csv`)).map((u) => [u.code, u.name]));
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('asks for a token, then shows the seed figures of Đam Rông, 6 tháng đầu năm 2022', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/`);
    // The page first asks the API who the user is ("Đang tải dữ liệu…"), then shows the sign-in.
    await settled(page);
    await expect(page.getByRole('heading', { name: 'Đăng nhập' }).isVisible()).resolves.toBe(true);
    await shot(page, '01-sign-in');
    await page.close();

    const overview = await signedIn(browser.context, server.url, server.tokens.admin);
    const selected = (label: string) =>
      overview.getByLabel(label, { exact: true }).evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent?.trim());
    // Defaults: the province and the latest period with data.
    expect([await selected('Đơn vị'), await selected('Kỳ báo cáo')]).toEqual(['Tỉnh Lâm Đồng', '6 tháng đầu năm 2022']);
    // The province's cards are on screen: wait for Đam Rông's route to be handled and loaded.
    await openHash(overview, D679);
    const card = (label: string) => overview.getByRole('article', { name: label, exact: true });
    const period = overview.getByLabel('Kỳ báo cáo', { exact: true });
    expect(await period.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent)).toBe('6 tháng đầu năm 2022');
    expect(await card('Số hồ sơ thủ tục hành chính tiếp nhận').locator('.figure').textContent()).toBe('7.554 hồ sơ');
    expect(await card('Số hồ sơ đã giải quyết').locator('.figure').textContent()).toBe('7.088 hồ sơ');
    expect(await card('Tỷ lệ hồ sơ giải quyết đúng hạn').locator('.figure').textContent()).toBe('99,17%');
    expect(await card('Tỷ lệ hồ sơ giải quyết quá hạn').locator('.figure').textContent()).toBe('0,83%');
    expect(await card('Số đơn đã giải quyết').locator('.figure').textContent()).toBe('74 đơn');
    expect(await card('Thực hiện cơ chế một cửa, một cửa liên thông').locator('.figure').textContent()).toBe('8/8 xã');
    expect(await card('Số cuộc giám sát').locator('.figure').textContent()).toBe('13 cuộc');
    expect(await card('Số cuộc giám sát').locator('.breakdown').textContent()).toContain('MTTQ: 4');
    expect(await overview.locator('#muc-xa + .coverage').textContent()).toBe('8/8 xã đã báo cáo');
    expect(await overview.locator('#muc-cq + .coverage').textContent()).toBe('19/19 cơ quan đã báo cáo');
    // "Which communes lack a public disclosure?" — named on the card.
    const lacking = Object.entries(communes2022S1)
      .filter(([, f]) => f.XA_CONG_KHAI === false)
      .map(([code]) => names.get(code)!);
    const disclosure = await card('Niêm yết công khai đầy đủ các nội dung Nhân dân được biết').textContent();
    for (const name of lacking) expect(disclosure).toContain(name);
    await shot(overview, '02-overview-dam-rong-2022S1');

    await overview.setViewportSize({ width: 820, height: 1180 });
    expect(await overview.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await shot(overview, '03-overview-tablet');
    await overview.close();
  });

  it('shows the 2021 classification of Đam Rông (06 / 16 / 05), reached through the period picker', async () => {
    const page = await signedIn(browser.context, server.url, server.tokens.admin, D679);
    await page.getByLabel('Kỳ báo cáo', { exact: true }).selectOption({ label: 'Năm 2021' });
    await page.waitForURL(/period=2021$/u);
    // The title follows the route in the same render as the loading status: then wait for the data.
    await page.locator('.view-title p', { hasText: 'Năm 2021' }).waitFor();
    await settled(page);
    const card = page.getByRole('article', { name: 'Kết quả đánh giá, phân loại', exact: true });
    await shot(page, '02b-overview-dam-rong-2021');
    const classes = await card.locator('.breakdown li').allTextContents();
    expect(classes).toEqual(['Hoàn thành xuất sắc: 6', 'Hoàn thành tốt: 16', 'Hoàn thành: 5', 'Không hoàn thành: 0']);
    await page.close();
  });

  it('drills down from the province to Đam Rông to a commune, and back through the breadcrumb', async () => {
    const page = await signedIn(browser.context, server.url, server.tokens.admin, '#/bang/XA?unit=68&period=2022S1');
    await page.getByRole('link', { name: 'Huyện Đam Rông' }).click();
    const table = page.locator('table.form-table');
    // A table's caption is drawn only with the rows loaded for it, so the caption means loaded.
    const caption = (form: string, unit: string) => table.locator('caption', { hasText: new RegExp(`^Biểu ${form} .*: ${unit},`, 'u') });
    await caption('XA', 'Huyện Đam Rông').waitFor();
    await settled(page);
    expect(page.url()).toContain('unit=679');
    expect(await table.locator('caption').textContent()).toContain('Huyện Đam Rông');
    const rows = await table.locator('tbody th[scope=row]').allTextContents();
    expect(rows.sort()).toEqual(
      Object.keys(communes2022S1)
        .map((c) => names.get(c)!)
        .sort(),
    );
    const header = await table.locator('thead th').allTextContents();
    const column = header.findIndex((h) => h.startsWith('Số hồ sơ thủ tục hành chính tiếp nhận'));
    expect(viNumber(await table.locator('tfoot tr > *').nth(column).innerText())).toBe(7554);
    await shot(page, '04-table-dam-rong-xa');

    await page.getByRole('link', { name: 'Xã Rô Men' }).click();
    await page.locator('table.detail-table caption', { hasText: 'Xã Rô Men' }).waitFor();
    await settled(page);
    expect(await page.locator('table.detail-table caption').textContent()).toContain('Xã Rô Men');
    await shot(page, '05-commune-ro-men');
    await page.getByRole('navigation', { name: 'Cấp đơn vị' }).getByRole('link', { name: 'Huyện Đam Rông' }).click();
    await caption('XA', 'Huyện Đam Rông').waitFor();
    await settled(page);
    expect(page.url()).toContain('unit=679');
    expect(await table.locator('tbody tr').count()).toBe(Object.keys(communes2022S1).length);
    await page.getByRole('link', { name: /Biểu CQ/u }).click();
    await caption('CQ', 'Huyện Đam Rông').waitFor();
    await settled(page);
    expect(await page.locator('table.form-table tbody tr').count()).toBe([...names.keys()].filter((c) => c.startsWith('CQ679')).length);
    await page.close();
  });

  it("while a table loads, says so and never shows the previous table under the new form's caption", async () => {
    const page = await signedIn(browser.context, server.url, server.tokens.admin, '#/bang/XA?unit=679&period=2022S1');
    const table = page.locator('table.form-table');
    await table.locator('caption', { hasText: /^Biểu XA .*: Huyện Đam Rông,/u }).waitFor();
    // Hold the API's roll-ups (the real answers, only later) and record every caption the page draws.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/rollups?**', async (route) => (await held, route.continue()));
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { captions: string[] }).captions = seen;
      new MutationObserver(() => document.querySelectorAll('caption').forEach((c) => seen.push(c.textContent ?? ''))).observe(
        document.body,
        { subtree: true, childList: true, characterData: true },
      );
    });
    await page.getByRole('link', { name: /Biểu CQ/u }).click();
    await expect(page.getByRole('status').textContent()).resolves.toBe('Đang tải số liệu…');
    expect(await table.count()).toBe(0);
    const whileLoading = await page.evaluate(() => (window as unknown as { captions: string[] }).captions);
    expect(whileLoading.filter((c) => c.startsWith('Biểu CQ'))).toEqual([]);
    release();
    await table.locator('caption', { hasText: /^Biểu CQ .*: Huyện Đam Rông,/u }).waitFor();
    await settled(page);
    expect(await table.locator('tbody tr').count()).toBe([...names.keys()].filter((c) => c.startsWith('CQ679')).length);
    await page.unroute('**/api/rollups?**');
    await page.close();
  });

  it('draws the figures by unit and across the periods that have data', async () => {
    const page = await signedIn(
      browser.context,
      server.url,
      server.tokens.admin,
      '#/bieu-do?unit=679&period=2022S1&indicator=TTHC_TIEP_NHAN',
    );
    const charts = page.locator('figure.chart');
    expect(await charts.locator('figcaption').allTextContents()).toEqual([
      'Số hồ sơ thủ tục hành chính tiếp nhận theo đơn vị, 6 tháng đầu năm 2022',
      'Số hồ sơ thủ tục hành chính tiếp nhận qua các kỳ, Huyện Đam Rông',
    ]);
    expect(await charts.locator('canvas').count()).toBe(2);
    const byUnit = await charts.first().locator('tbody td').allTextContents();
    expect(byUnit.reduce((sum, v) => sum + viNumber(v), 0)).toBe(7554);
    const byPeriod = await charts.nth(1).locator('tbody th').allTextContents();
    expect(byPeriod).toEqual(['Năm 2021', '6 tháng đầu năm 2022']);
    await shot(page, '10-charts');
    await page.close();
  });

  it('names the units that have not reported, as the API counts them', async () => {
    const page = await signedIn(browser.context, server.url, server.tokens.admin, '#/day-du?unit=68&period=2022S1');
    const api = (await (
      await fetch(`${server.url}/api/completeness?unit=68&period=2022S1&form=XA`, {
        headers: { authorization: `Bearer ${server.tokens.admin}` },
      })
    ).json()) as { missing: string[]; expected: number };
    expect(api.missing.length).toBeGreaterThan(0);
    const section = page.getByRole('region', { name: /Biểu XA/u });
    const listed = await section.locator('.unit-list').first().locator('li').allTextContents();
    expect(listed.sort()).toEqual(api.missing.map((c) => names.get(c)!).sort());
    await shot(page, '06-completeness-province');
    await page.close();
  });

  it('shows where a figure comes from and downloads the original file', async () => {
    const page = await signedIn(browser.context, server.url, server.tokens.admin, D679);
    await page.getByRole('button', { name: /^7\.554: Số hồ sơ thủ tục hành chính tiếp nhận/u }).click();
    const dialog = page.getByRole('dialog', { name: 'Nguồn số liệu' });
    await dialog.waitFor();
    await settled(page);
    const values = await dialog.locator('tbody td.num').allTextContents();
    expect(values.reduce((sum, v) => sum + viNumber(v), 0)).toBe(7554);
    const places = await dialog.locator('tbody code').allTextContents();
    expect(places.every((p) => /![A-Z]+\d+$|dòng \d+/u.test(p))).toBe(true);
    await shot(page, '07-lineage-tthc', false);

    const link = dialog.getByRole('link', { name: '01-xa-ro-men.xlsx' });
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('01-xa-ro-men.xlsx');
    const got = await readFile((await download.path())!);
    expect(got.equals(await readFile(`${DEMO}demo/files/2022S1/01-xa-ro-men.xlsx`))).toBe(true);
    await page.close();
  });

  it('is usable from the keyboard: skip link, figures as buttons, the dialog closes with Escape', async () => {
    const page = await signedIn(browser.context, server.url, server.tokens.admin, D679);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Bỏ qua, tới nội dung chính');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('noi-dung');
    const figure = page.getByRole('button', { name: /^13: Số cuộc giám sát/u });
    await figure.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Nguồn số liệu' });
    await dialog.waitFor();
    await settled(page);
    const rows = await dialog
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
    const total = rows.filter(([option]) => option === 'Tổng').map(([, value]) => viNumber(value ?? ''));
    const parts = rows.filter(([option]) => option !== 'Tổng').map(([, value]) => viNumber(value ?? ''));
    expect(total.every((v) => v === 13)).toBe(true);
    expect(parts).toHaveLength(6);
    expect(parts.reduce((sum, v) => sum + v, 0)).toBe(13);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(/^13: Số cuộc giám sát/u);
    await page.close();
  });

  it('downloads the summary workbook of the unit and period', async () => {
    const page = await signedIn(browser.context, server.url, server.tokens.admin, D679);
    const alert = page.locator('.site-header [role=alert]');
    const [download] = await Promise.all([
      Promise.race([
        page.waitForEvent('download', { timeout: 60_000 }),
        alert.waitFor({ timeout: 60_000 }).then(async () => alert.textContent()),
      ]),
      page.getByRole('button', { name: 'Tải bảng tổng hợp (Excel)' }).click(),
    ]);
    if (download === null || typeof download === 'string') throw new Error(`the page shows: ${download}`);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/u);
    const bytes = await readFile((await download.path())!);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    await page.close();
  });

  it('downloads the Word draft of the report beside the workbook', async () => {
    const page = await signedIn(browser.context, server.url, server.tokens.admin, D679);
    const alert = page.locator('.site-header [role=alert]');
    const [download] = await Promise.all([
      Promise.race([
        page.waitForEvent('download', { timeout: 60_000 }),
        alert.waitFor({ timeout: 60_000 }).then(async () => alert.textContent()),
      ]),
      page.getByRole('button', { name: 'Tải dự thảo báo cáo (Word)' }).click(),
    ]);
    if (download === null || typeof download === 'string') throw new Error(`the page shows: ${download}`);
    expect(download.suggestedFilename()).toBe('bao-cao-679-2022S1.docx');
    const bytes = await readFile((await download.path())!);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(bytes.includes(Buffer.from('word/document.xml'))).toBe(true);
    await page.close();
  });

  it('uploads a bad file and shows its cell error', async () => {
    const page = await signedIn(browser.context, server.url, server.tokens.admin, '#/tai-len');
    const bad = 'unit_code,period,indicator,value\r\n24931,2022S2,TCD_LUOT,mười\r\n';
    await page
      .getByLabel('Chọn tệp báo cáo')
      .setInputFiles([{ name: 'xa-ro-men-loi.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) }]);
    await page.getByRole('button', { name: 'Tải lên' }).click();
    const result = page.getByRole('article', { name: /xa-ro-men-loi\.csv: Bị từ chối/u });
    await result.waitFor({ timeout: 60_000 });
    const errors = result.locator('table.issues');
    expect(await errors.locator('tbody td').first().textContent()).toBe('dòng 2');
    expect(await errors.textContent()).toContain('mười');
    expect(await page.locator('.upload-results').getAttribute('aria-live')).toBe('polite');
    await shot(page, '08-upload-bad-file');
    await page.close();
  });

  it('offers a viewer no upload and no original files, and an uploader only the upload', async () => {
    const viewer = await signedIn(browser.context, server.url, server.tokens.viewer, D679);
    const tabs = await viewer.getByRole('navigation', { name: 'Các trang' }).getByRole('link').allTextContents();
    expect(tabs).not.toContain('Tải báo cáo lên');
    expect(tabs).toContain('Tổng quan');
    await viewer.getByRole('button', { name: /^8\/8: Thực hiện cơ chế một cửa/u }).click();
    await viewer.getByRole('dialog').waitFor();
    await settled(viewer);
    expect(await viewer.getByRole('dialog').locator('tbody tr').count()).toBe(8);
    expect(await viewer.getByRole('dialog').locator('a.file-link').count()).toBe(0);
    await viewer.close();

    const uploader = await signedIn(browser.context, server.url, server.tokens.uploader);
    expect(await uploader.getByRole('heading', { name: 'Tải báo cáo lên' }).isVisible()).toBe(true);
    expect(await uploader.getByRole('navigation', { name: 'Các trang' }).count()).toBe(0);
    expect(await uploader.getByRole('button', { name: /Tải bảng tổng hợp/u }).count()).toBe(0);
    await shot(uploader, '09-uploader');
    await uploader.close();
  });
});
