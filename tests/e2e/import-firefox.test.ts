/**
 * Imports in Firefox (issue #16): Firefox's MV2 background page loads lib/import and each format's parser with
 * import() on first use, where Chrome's service worker hands the parse to an offscreen document. Every kind of import
 * answers in Firefox exactly as in Chromium. Needs `npm run build` and `npm run build:firefox` first.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefoxExtension, type FirefoxSession } from './firefox-harness';
import { launchExtension, type ExtensionSession } from './harness';
import { IMPORT_KINDS, type ImportReply } from './import-kinds';

let firefox: FirefoxSession;
let chromium: ExtensionSession;

beforeAll(async () => {
  firefox = await launchFirefoxExtension();
  chromium = await launchExtension();
});

afterAll(async () => {
  await firefox?.close();
  await chromium?.close();
});

describe('imports in Firefox', () => {
  it.each(IMPORT_KINDS)('%s: the same answer as in Chromium', async (kind, request) => {
    const inFirefox = await firefox.send<ImportReply>(request);
    expect(inFirefox.ok, `${kind}: ${inFirefox.ok ? '' : inFirefox.error}`).toBe(true);
    expect(inFirefox).toEqual(await chromium.send<ImportReply>(request));
  });
});
