/**
 * npm run demo [-- --headless] [-- --screenshots DIR]
 *
 * Builds the extension, starts Chromium with it (CHROME_PATH or chromium on PATH), imports the built-in fictional
 * sample profile through the public `profile.import` message, and opens a page of sample academic forms served on
 * 127.0.0.1. With --screenshots it also fills the form and writes popup.png, options.png and form-filled.png.
 */
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SAMPLE_PROFILE } from '../lib/sample/sample-profile';
import { importSampleProfile, launchExtension, serveStatic, ROOT } from '../tests/e2e/harness';

const args = process.argv.slice(2);
const headless = args.includes('--headless');
const shotIndex = args.indexOf('--screenshots');
const shotDir = shotIndex >= 0 ? resolve(args[shotIndex + 1] ?? 'screenshots') : undefined;

console.log('Building the extension…');
execSync('npx wxt build', { cwd: ROOT, stdio: 'inherit' });

const server = await serveStatic();
const session = await launchExtension({ headless });
await importSampleProfile(session);
console.log(`Sample profile imported: ${SAMPLE_PROFILE.name.full}`);

const form = await session.context.newPage();
await form.goto(`${server.url}/sample-forms.html`);
console.log(`Sample forms: ${server.url}/sample-forms.html`);

if (shotDir) {
  mkdirSync(shotDir, { recursive: true });
  const tabId = await session.tabIdOf(form);
  const fill = await session.send<{ ok: boolean; filled?: unknown[]; error?: string }>({ type: 'fill.tab', tabId });
  console.log(fill.ok ? `Filled ${fill.filled?.length ?? 0} fields` : `Fill failed: ${fill.error}`);
  await form.setViewportSize({ width: 900, height: 1400 });
  await form.waitForTimeout(300);
  await form.screenshot({ path: join(shotDir, 'form-filled.png'), fullPage: true });

  const popup = await session.context.newPage();
  await popup.setViewportSize({ width: 380, height: 560 });
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tabId=${tabId}`);
  await popup.waitForTimeout(500);
  await popup.screenshot({ path: join(shotDir, 'popup.png') });

  const options = await session.context.newPage();
  await options.setViewportSize({ width: 1200, height: 850 });
  await options.goto(`chrome-extension://${session.extensionId}/options.html`);
  await options.waitForTimeout(500);
  await options.screenshot({ path: join(shotDir, 'options.png') });
  console.log(`Screenshots written to ${shotDir}`);
}

if (headless || shotDir) {
  await session.close();
  await server.close();
} else {
  await form.bringToFront();
  console.log('Chromium is open with Vitae. Click the Vitae icon, then "Fill this page". Close the browser to stop.');
  await new Promise<void>((done) => session.context.on('close', () => done()));
  await server.close();
}
