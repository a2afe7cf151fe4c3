/**
 * Time from navigation to an interactive form, `<emx-login>` against a plain HTML form on the same
 * page load (bench/pages/login.html marks both). A first visit downloads and compiles the bundle;
 * a repeat visit finds it in the HTTP cache (a CDN serves versioned files as immutable), and
 * Chromium's code cache with it.
 */
import type { Browser } from 'puppeteer-core';

export interface InteractiveTimes {
  loads: number;
  plainFormMs: number;
  emxLoginMs: number;
  /** Median of the per-load differences. */
  differenceMs: number;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** Loads before the counted ones: they warm the browser process and, on repeat visits, fill the caches. */
const WARM_UP_LOADS = 2;

export async function measureInteractive(browser: Browser, pageUrl: string, options: { loads: number; visit: 'first' | 'repeat' }): Promise<InteractiveTimes> {
  const { loads, visit } = options;
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setCacheEnabled(visit === 'repeat');
  const samples: Array<{ plain: number; emx: number }> = [];
  for (let load = 0; load < WARM_UP_LOADS + loads; load += 1) {
    await page.goto(pageUrl);
    await page.waitForFunction(() => window.emxLoginInteractiveAt !== undefined, { timeout: 10_000 });
    const sample = await page.evaluate(() => ({ plain: window.plainFormInteractiveAt ?? NaN, emx: window.emxLoginInteractiveAt ?? NaN }));
    if (load >= WARM_UP_LOADS) samples.push(sample);
  }
  await context.close();
  return {
    loads,
    plainFormMs: median(samples.map((sample) => sample.plain)),
    emxLoginMs: median(samples.map((sample) => sample.emx)),
    differenceMs: median(samples.map((sample) => sample.emx - sample.plain)),
  };
}

declare global {
  interface Window {
    plainFormInteractiveAt?: number;
    emxLoginInteractiveAt?: number;
  }
}
