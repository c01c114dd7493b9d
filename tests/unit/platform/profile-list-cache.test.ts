/**
 * The popup's stored profile list (issue #16) is kept at the repository's writes: whatever path a write comes
 * from (a message, the context menu, an import, a restore), the stored list is right after it; a write that
 * cannot change the list, and a popup opened with nothing changed, write nothing to storage.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { VitaeDatabase } from '../../../platform/db';
import { Repository } from '../../../platform/repository';
import { ProfileListCache } from '../../../platform/profile-list-cache';
import { createHandlers, makeBackup } from '../../../platform/handlers';
import type { BackgroundHandlers } from '../../../platform/messaging';
import { cachedProfileList, PROFILE_LIST_KEY } from '../../../lib/messaging/cached-profile-list';
import { serializeBackup } from '../../../lib/backup/backup';
import { listInAddress, POPUP_PAGE } from '../../../lib/settings/popup-address';
import { OKONKWO } from '../../fixtures/profile-okonkwo';

let n = 0;
const sender = {};
const freshRepo = () => new Repository(new VitaeDatabase(`vitae-cache-${++n}-${Date.now()}`));

async function stored() {
  return cachedProfileList((await browser.storage.local.get(PROFILE_LIST_KEY))[PROFILE_LIST_KEY]);
}

/** The stored list must be exactly what the database says now. */
async function expectStoredCurrent(repo: Repository) {
  const list = await stored();
  expect(list).toBeDefined();
  expect(list?.profiles).toEqual(await repo.listProfiles());
  expect(list?.profilePerSite).toEqual((await repo.getSettings()).profilePerSite);
}

/** Count what is written to storage.local from now on. */
function countWrites() {
  const writes: string[] = [];
  const area = browser.storage.local;
  const set = area.set.bind(area);
  const remove = area.remove.bind(area);
  area.set = (items: Record<string, unknown>) => {
    writes.push(`set ${Object.keys(items).join()}`);
    return set(items);
  };
  area.remove = (keys: string | string[]) => {
    writes.push(`remove ${String(keys)}`);
    return remove(keys);
  };
  return writes;
}

/** The list in the address the toolbar button's popup opens at, as the popup reads it. */
async function inAddress() {
  const address = await browser.action.getPopup({});
  return listInAddress(address.includes('#') ? address.slice(address.indexOf('#')) : '');
}

const activeOf = async () => (await stored())?.profiles.find((p) => p.active);

describe('the stored profile list, kept by the repository', () => {
  let repo: Repository;
  let handlers: BackgroundHandlers;
  let firstId: string;

  beforeEach(async () => {
    fakeBrowser.reset();
    repo = freshRepo();
    handlers = createHandlers(repo);
    firstId = await repo.activeProfileId();
    await repo.saveProfile({ ...OKONKWO, id: firstId, label: 'Academic' });
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('is stored by the first write of a fresh install', async () => {
    await expectStoredCurrent(repo);
    expect((await activeOf())?.name).toBe('Mira Okonkwo');
  });

  it('follows a new profile', async () => {
    const id = await repo.createProfile('Industry');
    await expectStoredCurrent(repo);
    expect((await stored())?.profiles.map((p) => p.label).sort()).toEqual(['Academic', 'Industry']);
    expect((await stored())?.profiles.find((p) => p.id === id)?.active).toBe(false);
  });

  it('follows a rename, whichever path saved it', async () => {
    await repo.saveProfile({ ...OKONKWO, id: firstId, label: 'Academic', name: { ...OKONKWO.name, given: 'Miriam' } });
    expect((await activeOf())?.name).toBe('Miriam Okonkwo');
    await expectStoredCurrent(repo);
    await handlers['profile.save'](
      { type: 'profile.save', profile: { ...OKONKWO, id: firstId, label: 'Faculty applications' } },
      sender,
    );
    expect((await activeOf())?.label).toBe('Faculty applications');
    expect((await activeOf())?.name).toBe('Mira Okonkwo');
  });

  it('follows a deletion, and the profile that becomes active', async () => {
    const id = await repo.createProfile('Industry');
    await repo.setActiveProfile(id);
    expect((await activeOf())?.id).toBe(id);
    await repo.deleteProfile(id);
    await expectStoredCurrent(repo);
    expect((await stored())?.profiles.map((p) => p.id)).toEqual([firstId]);
    expect((await activeOf())?.id).toBe(firstId);
  });

  it('follows a switch of the active profile', async () => {
    const id = await repo.createProfile('Industry', firstId);
    await handlers['profile.activate']({ type: 'profile.activate', profileId: id }, sender);
    await expectStoredCurrent(repo);
    expect((await activeOf())?.id).toBe(id);
  });

  it('follows an import merged into the active profile', async () => {
    const resume = { basics: { name: 'Tomasz Wieczorek-Amadi', email: 'tomasz@example.org' } };
    const imported = await handlers['profile.import'](
      { type: 'profile.import', format: 'json-resume', data: JSON.stringify(resume), fixes: [] },
      sender,
    );
    expect(imported.ok).toBe(true);
    await expectStoredCurrent(repo);
    expect((await activeOf())?.name).not.toBe('Mira Okonkwo');
    expect((await activeOf())?.name).toBe((await repo.listProfiles()).find((p) => p.active)?.name);
  });

  it('follows a restored backup', async () => {
    const other = freshRepo();
    const otherId = await other.activeProfileId();
    await other.saveProfile({
      ...OKONKWO,
      id: otherId,
      label: 'Restored',
      name: { given: 'Ada', family: 'Lindqvist' },
    });
    await other.setSettings({ profilePerSite: { 'apply.example.org': otherId } });
    const backup = serializeBackup(await makeBackup(other));
    // The other repository wrote the shared fake storage: start from this one's list.
    await handlers['profile.list']({ type: 'profile.list' }, sender);
    expect((await activeOf())?.name).toBe('Mira Okonkwo');
    const restored = await handlers['profile.import'](
      { type: 'profile.import', format: 'backup', data: backup },
      sender,
    );
    expect(restored.ok).toBe(true);
    await expectStoredCurrent(repo);
    expect((await activeOf())?.name).toBe('Ada Lindqvist');
    expect((await stored())?.profilePerSite).toEqual({ 'apply.example.org': otherId });
  });

  it('follows the profiles chosen per site, and a wipe', async () => {
    const id = await repo.createProfile('Industry');
    await repo.setSettings({ profilePerSite: { 'jobs.example.com': id } });
    expect((await stored())?.profilePerSite).toEqual({ 'jobs.example.com': id });
    await handlers['data.wipe']({ type: 'data.wipe', confirm: 'DELETE' }, sender);
    await expectStoredCurrent(repo);
    expect((await stored())?.profilePerSite).toEqual({});
    expect((await stored())?.profiles).toHaveLength(1);
  });

  it('is stored unchanged after a write that failed', async () => {
    const before = await stored();
    expect(before?.profiles).toHaveLength(1);
    await expect(repo.deleteProfile(firstId)).rejects.toThrow(/last profile/);
    expect(await stored()).toEqual(before);
  });

  it('is not written when the popup opens and nothing changed', async () => {
    await handlers['profile.list']({ type: 'profile.list' }, sender);
    const writes = countWrites();
    const answer = await handlers['profile.list']({ type: 'profile.list' }, sender);
    expect(answer).toEqual({ ok: true, ...(await stored()) });
    await handlers['profile.list']({ type: 'profile.list' }, sender);
    expect(writes).toEqual([]);
  });

  it('is not written by writes that cannot change it', async () => {
    const writes = countWrites();
    const profile = await repo.getProfile();
    await repo.saveProfile({
      ...profile,
      bios: [{ id: 'b1', name: 'Short', person: 'third', text: 'Mira studies tides.' }],
    });
    await repo.setActiveProfile(firstId);
    await repo.setSettings({ highlight: 'background' });
    await repo.saveRule({ origin: 'https://review.example.org', signature: 'input|email', target: 'ignore' });
    expect(writes).toEqual([]);
    // A write that does change it removes the list before and stores it after.
    await repo.createProfile('Industry');
    expect(writes).toEqual([`remove ${PROFILE_LIST_KEY}`, `set ${PROFILE_LIST_KEY}`]);
  });

  it('is put back by the popup when something else removed it', async () => {
    await browser.storage.local.remove(PROFILE_LIST_KEY);
    await handlers['profile.list']({ type: 'profile.list' }, sender);
    await expectStoredCurrent(repo);
  });

  describe('in the popup address a click on the toolbar button opens', () => {
    it('is the stored list after every kind of change', async () => {
      expect(await inAddress()).toEqual(await stored());
      await handlers['profile.save'](
        {
          type: 'profile.save',
          profile: { ...OKONKWO, id: firstId, label: 'Academic', name: { given: 'Miriam', family: 'Okonkwo' } },
        },
        sender,
      );
      expect((await inAddress())?.profiles.find((p) => p.active)?.name).toBe('Miriam Okonkwo');
      const resume = { basics: { name: 'Tomasz Wieczorek-Amadi', email: 'tomasz@example.org' } };
      await handlers['profile.import'](
        { type: 'profile.import', format: 'json-resume', data: JSON.stringify(resume), fixes: [] },
        sender,
      );
      expect((await inAddress())?.profiles.find((p) => p.active)?.name).not.toBe('Miriam Okonkwo');
      const id = await repo.createProfile('Industry');
      await handlers['profile.activate']({ type: 'profile.activate', profileId: id }, sender);
      await repo.setSettings({ profilePerSite: { 'jobs.example.com': firstId } });
      const list = await inAddress();
      expect(list?.profiles.find((p) => p.active)?.id).toBe(id);
      expect(list?.profilePerSite).toEqual({ 'jobs.example.com': firstId });
      expect(list).toEqual(await stored());
      expect(list?.profiles).toEqual(await repo.listProfiles());
    });

    it('is bare popup.html while a change is under way, so a popup opened then waits for the background', async () => {
      const during = await repo.profileList.change(() => browser.action.getPopup({}));
      expect(during).toBe(POPUP_PAGE);
      expect(await inAddress()).toEqual(await stored());
    });

    it('fails a change when it cannot be made bare first, and the profiles are as they were', async () => {
      const before = await repo.listProfiles();
      vi.spyOn(browser.action, 'setPopup').mockRejectedValueOnce(new Error('no toolbar button'));
      await expect(repo.createProfile('Industry')).rejects.toThrow(/no toolbar button/);
      expect(await repo.listProfiles()).toEqual(before);
      expect(await inAddress()).toEqual(await stored());
    });

    it('is set once, and not again when the popup opens with nothing changed', async () => {
      const set = vi.spyOn(browser.action, 'setPopup');
      await handlers['profile.list']({ type: 'profile.list' }, sender);
      await handlers['profile.list']({ type: 'profile.list' }, sender);
      expect(set).not.toHaveBeenCalled();
      await repo.createProfile('Industry');
      expect(set.mock.calls.map(([details]) => details.popup.split('#')[0])).toEqual([POPUP_PAGE, POPUP_PAGE]);
      expect(set.mock.calls.map(([details]) => details.popup.includes('#list='))).toEqual([false, true]);
    });

    it('is set again by a new worker, which does not know what the previous one set', async () => {
      // As the browser may have it after a restart, with the worker's memory gone.
      await browser.action.setPopup({ popup: POPUP_PAGE });
      const restarted = new ProfileListCache(async () => ({
        profiles: await repo.listProfiles(),
        profilePerSite: (await repo.getSettings()).profilePerSite,
      }));
      await restarted.current();
      expect(await inAddress()).toEqual(await stored());
    });
  });
});
