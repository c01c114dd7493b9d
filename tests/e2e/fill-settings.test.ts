/**
 * The fill settings of the options page do what they say (issue #17): "Confirm before filling" shows what will be
 * filled and writes nothing unless the person says so; "Profile per site" fills that site from the chosen profile.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  fillPage,
  PROFILE,
  PROFILE_ID,
  useFillSession,
  valuesOf,
  waitForOverlay,
  type FillReport,
} from './fill-helpers';

const FIELDS = ['#uemail', '#firstName', '#lastName', '#orcid'];
const EMAIL = PROFILE.emails[0]?.address ?? '';
const EMPTY = { '#uemail': '', '#firstName': '', '#lastName': '', '#orcid': '' };

describe('fill settings', () => {
  const env = useFillSession();
  const setSettings = (settings: Record<string, unknown>) =>
    env.session.send<{ ok: boolean }>({ type: 'settings.set', settings });
  const openForm = async (): Promise<Page> => {
    const page = await env.session.context.newPage();
    await page.goto(`${env.server.url}/fill/hotcrp-profile.html`);
    return page;
  };

  describe('confirm before filling', () => {
    it('previews field and value in the page, and Cancel writes nothing', async () => {
      expect((await setSettings({ confirmBeforeFill: true })).ok).toBe(true);
      const page = await openForm();
      const report = fillPage(env.session, page);
      const preview = await waitForOverlay(page, /Vitae will fill \d+ fields/, 'button.cancel');
      const shown = preview.texts.join(' ');
      expect(shown).toContain('Email:');
      expect(shown).toContain(EMAIL);
      expect(shown).toContain('0000-0002-1825-0097');
      // Nothing is written while the question is open.
      expect(await valuesOf(page, FIELDS)).toEqual(EMPTY);
      await page.mouse.click(preview.centre.x, preview.centre.y);
      const answer: FillReport & { cancelled?: boolean } = await report;
      expect(answer).toMatchObject({ ok: true, cancelled: true, filled: [] });
      expect(await valuesOf(page, FIELDS)).toEqual(EMPTY);
      await page.close();
    });

    it('fills after the person presses Fill, as a fill without the question would', async () => {
      const page = await openForm();
      const report = fillPage(env.session, page);
      const preview = await waitForOverlay(page, /Vitae will fill \d+ fields/, 'button.fill');
      expect(await valuesOf(page, FIELDS)).toEqual(EMPTY);
      await page.mouse.click(preview.centre.x, preview.centre.y);
      const answer = await report;
      expect(answer.ok).toBe(true);
      expect(answer.filled.map((f) => f.selector)).toContain('#uemail');
      expect(await valuesOf(page, FIELDS)).toEqual({
        '#uemail': EMAIL,
        '#firstName': 'Aurelia',
        '#lastName': 'Quintero-Vance',
        '#orcid': '0000-0002-1825-0097',
      });
      await page.close();
    });

    it('asks nothing when the setting is off', async () => {
      await setSettings({ confirmBeforeFill: false });
      const page = await openForm();
      const answer = await fillPage(env.session, page);
      expect(answer.ok).toBe(true);
      expect((await valuesOf(page, ['#uemail']))['#uemail']).toBe(EMAIL);
      await page.close();
    });
  });

  describe('profile per site', () => {
    it('fills a site from the profile chosen for it, and other sites from the active profile', async () => {
      const created = await env.session.send<{ ok: boolean; id: string }>({
        type: 'profile.create',
        label: 'Industry',
        copyFrom: PROFILE_ID,
      });
      expect(created.ok).toBe(true);
      const copy = await env.session.send<{ profile: { emails: unknown[] } }>({
        type: 'profile.get',
        profileId: created.id,
      });
      const saved = await env.session.send<{ ok: boolean }>({
        type: 'profile.save',
        profile: { ...copy.profile, emails: [{ address: 'a.qv@lab.example.com', kind: 'work', primary: true }] },
      });
      expect(saved.ok).toBe(true);
      await env.session.send({ type: 'profile.activate', profileId: PROFILE_ID });

      // The fixtures are served from 127.0.0.1: a rule for another host changes nothing.
      await setSettings({ profilePerSite: { 'apply.example.org': created.id } });
      let page = await openForm();
      await fillPage(env.session, page);
      expect((await valuesOf(page, ['#uemail']))['#uemail']).toBe(EMAIL);
      await page.close();

      await setSettings({ profilePerSite: { '127.0.0.1': created.id } });
      page = await openForm();
      const report = await fillPage(env.session, page);
      expect(report.ok).toBe(true);
      expect(await valuesOf(page, ['#uemail', '#firstName'])).toEqual({
        '#uemail': 'a.qv@lab.example.com',
        '#firstName': 'Aurelia',
      });
      await page.close();

      // A profile named by the request (automation) still wins over the site's.
      page = await openForm();
      await fillPage(env.session, page, { profileId: PROFILE_ID });
      expect((await valuesOf(page, ['#uemail']))['#uemail']).toBe(EMAIL);
      await page.close();
    });
  });
});
