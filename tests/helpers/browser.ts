// The one way the tests and the benches start Chromium (scripts/src/browser/launch-chromium.ts).
export { launchChromium } from '@ntm/scripts/browser/launch-chromium';
