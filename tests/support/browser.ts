import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { type Browser, type BrowserContextOptions, chromium, type Page } from 'playwright-core';
import { PROJECT_ROOT } from './paths.ts';
import { CHROMIUM } from './tools.ts';

export const PHONE = { name: 'phone', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1 } as const;
export const DESKTOP = { name: 'desktop', viewport: { width: 1366, height: 900 }, isMobile: false, hasTouch: false, deviceScaleFactor: 1 } as const;
export type Device = typeof PHONE | typeof DESKTOP;

/** Where screenshots go; git-ignored. */
export const TEST_OUTPUT = path.join(PROJECT_ROOT, 'test-output');

/**
 * Starts Debian's Chromium headless. Playwright gives every launch a fresh, temporary
 * user-data-dir; nothing is downloaded and no background services call home.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
}

/** A page with the device's viewport, in Danish, in a context of its own. */
export async function openPage(browser: Browser, device: Device, options: BrowserContextOptions = {}): Promise<Page> {
  const { name: _name, ...settings } = device;
  const context = await browser.newContext({ ...settings, locale: 'da-DK', timezoneId: 'Europe/Copenhagen', ...options });
  return context.newPage();
}

/**
 * Collects what a reader would notice as broken while `page` is used: console errors (also
 * Content-Security-Policy violations), uncaught exceptions, failed requests and responses with
 * an error status. `allow` lists URLs that may answer 404 (a visit to the not-found page).
 */
export function watchProblems(page: Page, allow: (url: string) => boolean = () => false): string[] {
  const problems: string[] = [];
  const where = () => page.url();
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const location = message.location().url;
    // Chromium also logs the expected 404 of an allowed URL as a console error.
    if (/status of 404/.test(message.text()) && allow(location || where())) return;
    problems.push(`console error on ${where()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught exception on ${where()}: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed on ${where()}: ${request.url()} (${request.failure()?.errorText})`));
  page.on('response', (response) => {
    if (response.status() >= 400 && !allow(response.url())) problems.push(`HTTP ${response.status()} on ${where()}: ${response.url()}`);
  });
  return problems;
}

/** How far the page is wider than the window, in CSS pixels: 0 when nothing scrolls sideways. */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate<number>('Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) - window.innerWidth');
}

/** Writes a full-page screenshot to `test-output/<folder>/<name>.png`. */
export async function screenshot(page: Page, folder: string, name: string): Promise<string> {
  const file = path.join(TEST_OUTPUT, folder, `${name}.png`);
  await mkdir(path.dirname(file), { recursive: true });
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
