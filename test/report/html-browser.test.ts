/**
 * The HTML report in a real browser: Debian's chromium driven by playwright-core. The page of the gate
 * repository (plus a draft full of markup) loads without a console error, runs no injected script, a
 * click on a copied passage shows its source with the differences marked, and a screenshot goes to
 * reports/. Skipped, saying why, where chromium is not installed (`apt-get install -y chromium`).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../cli/run-cli.js';
import { makeGateRepo } from '../gate/gate-repo.js';

const CHROMIUM = '/usr/bin/chromium';
const HAS_CHROMIUM = existsSync(CHROMIUM);
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
export const SCREENSHOT = join(ROOT, 'reports', 'html-report.png');

if (!HAS_CHROMIUM) console.warn(`HTML browser test skipped: ${CHROMIUM} not found (install it with: apt-get install -y --no-install-recommends chromium)`);

const INJECTION = `# 关于<script>alert('x')</script>的报告

　　图片<img src=x "onerror=alert(1)">在这里只是文字。截至2024年8月底，全县行政村光纤通达率达到100%，4G网络覆盖所有自然村，5G基站累计建成312个。
`;

describe.skipIf(!HAS_CHROMIUM)(`HTML report in chromium (${CHROMIUM})`, () => {
  let repo: Awaited<ReturnType<typeof makeGateRepo>>;
  let page: string;
  const userData = mkdtempSync(join(tmpdir(), 'wenchao-chromium-'));

  beforeAll(async () => {
    repo = await makeGateRepo('wenchao-html-');
    writeFileSync(repo.at('reports/inject.md'), INJECTION);
    page = repo.at('report.html');
    const result = await runCli(['gate', 'reports/copied.md', 'reports/inject.md', 'reports/empty.md', '-f', 'json', '-o', page], { cwd: repo.dir });
    expect(result.stderr).toBe('');
    expect(existsSync(page)).toBe(true);
  });

  afterAll(() => {
    repo?.remove();
    rmSync(userData, { recursive: true, force: true });
  });

  it('loads without console errors, shows a source on click, and is screenshotted', async () => {
    const context = await chromium.launchPersistentContext(userData, { executablePath: CHROMIUM, headless: true, args: ARGS, viewport: { width: 1400, height: 1000 } });
    try {
      const tab = context.pages()[0] ?? (await context.newPage());
      const problems: string[] = [];
      tab.on('console', (message) => {
        if (message.type() === 'error') problems.push(message.text());
      });
      tab.on('pageerror', (error) => problems.push(error.message));
      tab.on('dialog', (dialog) => {
        problems.push(`dialog: ${dialog.message()}`);
        void dialog.dismiss();
      });
      // No request may leave the page: it is self-contained.
      await context.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : (problems.push(`request: ${route.request().url()}`), route.abort())));
      await tab.goto(pathToFileURL(page).href);

      // The markup in the draft is text, not elements.
      expect(await tab.locator('article.draft script, article.draft img').count()).toBe(0);
      expect(await tab.locator('#d1 article.draft').innerText()).toContain(`<script>alert('x')</script>`);
      expect(await tab.locator('#d1 article.draft').innerText()).toContain('<img src=x "onerror=alert(1)">');

      const first = tab.locator('#d0 mark.k-copy').first();
      const comparison = tab.locator('#cmp-d0-m0');
      expect(await comparison.isVisible()).toBe(false);
      await first.click();
      await comparison.waitFor({ state: 'visible' });
      const shown = await comparison.innerText();
      expect(shown).toContain('《松溪县数字乡村建设调研报告》');
      expect(shown).toContain('湖尾村');
      expect(await comparison.locator('ins, del').count()).toBeGreaterThan(0);
      expect(await tab.locator('#d0 mark.sel').count()).toBeGreaterThan(0);

      mkdirSync(join(ROOT, 'reports'), { recursive: true });
      await tab.screenshot({ path: SCREENSHOT, fullPage: false });
      expect(readFileSync(SCREENSHOT).subarray(1, 4).toString()).toBe('PNG');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
