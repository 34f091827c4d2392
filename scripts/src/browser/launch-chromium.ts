import { chromium } from 'playwright-core';

/**
 * Debian's Chromium, headless, with WebGL through SwiftShader and no calls home; `extraArgs`
 * for a test that needs more (`--lang=en-US`).
 */
export function launchChromium(extraArgs: readonly string[] = []) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
      ...extraArgs,
    ],
  });
}
