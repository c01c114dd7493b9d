import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, serveStatic, type ExtensionSession, type StaticServer } from './harness';
import { fillPage, loadProfile, undoPage } from './fill-helpers';

describe('fields bound the way Knockout, Vue, Angular and rich-text editors bind them', () => {
  let session: ExtensionSession;
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveStatic();
    session = await launchExtension();
    await loadProfile(session);
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('each model hears its events on fill and on undo, contenteditable included', async () => {
    const page = await session.context.newPage();
    await page.goto(`${server.url}/fill/frameworks.html`);
    const model = () => page.evaluate(() => (window as unknown as { model: unknown }).model);
    const report = await fillPage(session, page);
    expect(await model()).toEqual({
      email: 'aurelia.qv@cs.northbridge.example.edu',
      given: 'Aurelia',
      family: 'Quintero-Vance',
      familyTouched: true,
      interests: 'program synthesis, machine learning',
    });
    expect(report.filled.find((f) => f.selector === '#ce')).toMatchObject({ field: 'research.interests' });
    const undo = await undoPage(session, page);
    expect(undo.restored).toBe(4);
    expect(await model()).toEqual({ email: '', given: '', family: '', familyTouched: true, interests: '' });
    expect(await page.textContent('#ce')).toBe('');
    expect(session.consoleErrors).toEqual([]);
  });
});
