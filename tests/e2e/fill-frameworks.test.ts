import { describe, expect, it } from 'vitest';
import { fillPage, useFillSession, undoPage } from './fill-helpers';

describe('fields bound the way Knockout, Vue, Angular and rich-text editors bind them', () => {
  const env = useFillSession();

  it('each model hears its events on fill and on undo, contenteditable included', async () => {
    const page = await env.session.context.newPage();
    await page.goto(`${env.server.url}/fill/frameworks.html`);
    const model = () => page.evaluate(() => (window as unknown as { model: unknown }).model);
    const report = await fillPage(env.session, page);
    expect(await model()).toEqual({
      email: 'aurelia.qv@cs.northbridge.example.edu',
      given: 'Aurelia',
      family: 'Quintero-Vance',
      familyTouched: true,
      interests: 'program synthesis, machine learning',
    });
    expect(report.filled.find((f) => f.selector === '#ce')).toMatchObject({ field: 'research.interests' });
    const undo = await undoPage(env.session, page);
    expect(undo.restored).toBe(4);
    expect(await model()).toEqual({ email: '', given: '', family: '', familyTouched: true, interests: '' });
    expect(await page.textContent('#ce')).toBe('');
    expect(env.session.consoleErrors).toEqual([]);
  });
});
