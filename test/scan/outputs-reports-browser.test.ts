/**
 * A scan's overview and reports in a real browser (Debian's chromium through playwright-core): a click on a
 * document in the overview opens its report through the percent-encoded link, a click on a highlighted
 * passage there shows its source, and the link back leads to the overview. Skipped without chromium.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli, tempDir } from '../cli/run-cli.js';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const temp = tempDir('wenchao-scan-browser-');
const userData = mkdtempSync(join(tmpdir(), 'wenchao-chromium-'));
afterAll(() => {
  temp.remove();
  rmSync(userData, { recursive: true, force: true });
});

describe.skipIf(!existsSync(CHROMIUM))(`scan overview and reports in chromium (${CHROMIUM})`, () => {
  it('opens a report from the overview, shows a passage’s source, and links back', async () => {
    const out = temp.at('out');
    await runCli(['scan', resolve(ROOT, 'test/fixtures/scan/archive'), '--out', out, '--workers', '0', '--no-quality']);
    const context = await chromium.launchPersistentContext(userData, { executablePath: CHROMIUM, headless: true, args: ARGS });
    try {
      const tab = context.pages()[0] ?? (await context.newPage());
      const problems: string[] = [];
      tab.on('pageerror', (error) => problems.push(error.message));
      tab.on('console', (message) => {
        if (message.type() === 'error') problems.push(message.text());
      });
      await tab.goto(pathToFileURL(join(out, 'index.html')).href);
      await tab.locator('table a', { hasText: '2024/东城街道社区治理工作汇报.txt' }).first().click();
      await tab.locator('section.doc h2').waitFor();
      expect(await tab.locator('section.doc h2').innerText()).toBe('2024/东城街道社区治理工作汇报.txt');
      await tab.locator('mark.k-copy').first().click();
      const comparison = tab.locator('section.cmp:visible');
      await comparison.waitFor();
      expect(await comparison.innerText()).toContain('2023/城关街道社区治理情况汇报.txt');
      await tab.locator('header a', { hasText: '扫描总览' }).click();
      await tab.locator('h1').waitFor();
      expect(tab.url()).toBe(pathToFileURL(join(out, 'index.html')).href);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  }, 60_000);
});
