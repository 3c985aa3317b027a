/**
 * Headless Chromium for browser tests, from Debian's package (never a downloaded browser).
 * Locally, without Chromium, browser suites skip with a visible warning; under CI=true a missing
 * Chromium is a failure, so CI can never pass by skipping.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const chromiumPath = process.env['CHROMIUM_PATH'] || '/usr/bin/chromium';
export const hasChromium = existsSync(chromiumPath);

if (!hasChromium) {
  if (process.env['CI'] === 'true') {
    throw new Error(
      `CI=true nhưng không có Chromium tại ${chromiumPath}: kiểm thử trình duyệt không được bỏ qua.`,
    );
  }
  console.warn(
    `⚠ Không có Chromium tại ${chromiumPath}: bỏ qua kiểm thử trình duyệt (cài: apt-get install chromium).`,
  );
}

/** `exposeGc` gives pages `gc()`, for tests of what happens once the browser collects garbage. */
export function launchBrowser(options: { exposeGc?: boolean } = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      ...(options.exposeGc ? ['--js-flags=--expose-gc'] : []),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}
