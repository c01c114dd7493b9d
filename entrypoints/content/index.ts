import { defineContentScript } from 'wxt/utils/define-content-script';

// Injected on demand by fill.tab (scripting.executeScript into all frames); never declared in the manifest.
export default defineContentScript({
  matches: ['<all_urls>'],
  registration: 'runtime',
  allFrames: true,
  main() {
    // Replaced by the collector and inserter of issue #4.
  },
});
