/**
 * The profile list the popup paints its first frame from (issue #16): the background keeps it equal to the list,
 * and while a change is under way there is none, so the popup never shows a name that has just changed.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { VitaeDatabase } from '../../../platform/db';
import { Repository } from '../../../platform/repository';
import { createHandlers } from '../../../platform/handlers';
import type { BackgroundHandlers } from '../../../platform/messaging';
import { cachedProfileList, PROFILE_LIST_KEY } from '../../../lib/messaging/cached-profile-list';
import { OKONKWO } from '../../fixtures/profile-okonkwo';

let n = 0;
const sender = {};

async function storedList() {
  const stored = await browser.storage.local.get(PROFILE_LIST_KEY);
  return cachedProfileList(stored[PROFILE_LIST_KEY])?.profiles;
}

const activeName = async () => (await storedList())?.find((p) => p.active)?.name;

describe('the stored profile list', () => {
  let repo: Repository;
  let handlers: BackgroundHandlers;
  beforeEach(() => {
    fakeBrowser.reset();
    repo = new Repository(new VitaeDatabase(`vitae-list-${++n}-${Date.now()}`));
    handlers = createHandlers(repo);
  });

  it('is stored when the popup asks for the list, and follows a rename', async () => {
    await handlers['profile.list']({ type: 'profile.list' }, sender);
    expect(await activeName()).toBe('');
    const list = await repo.listProfiles();
    const id = list[0]?.id ?? '';
    const saved = await handlers['profile.save']({ type: 'profile.save', profile: { ...OKONKWO, id } }, sender);
    expect(saved.ok).toBe(true);
    expect(await activeName()).toBe('Mira Okonkwo');
    await handlers['profile.save'](
      { type: 'profile.save', profile: { ...OKONKWO, id, name: { ...OKONKWO.name, given: 'Miriam' } } },
      sender,
    );
    expect(await activeName()).toBe('Miriam Okonkwo');
  });

  it('follows a switch of the active profile and a new profile', async () => {
    await handlers['profile.list']({ type: 'profile.list' }, sender);
    const created = await handlers['profile.create']({ type: 'profile.create', label: 'Industry' }, sender);
    if (!created.ok) throw new Error(created.error);
    expect((await storedList())?.map((p) => p.label).sort()).toEqual(['Industry', 'My profile']);
    await handlers['profile.activate']({ type: 'profile.activate', profileId: created.id }, sender);
    expect((await storedList())?.find((p) => p.active)?.id).toBe(created.id);
    await handlers['profile.delete']({ type: 'profile.delete', profileId: created.id }, sender);
    expect((await storedList())?.map((p) => p.label)).toEqual(['My profile']);
  });

  it('is gone while a change is under way, and back once it is done', async () => {
    let release = () => undefined as void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    // A save whose write waits inside the repository: what an import of a large file looks like from outside.
    class SlowRepository extends Repository {
      protected override async putProfile(profile: Parameters<Repository['saveProfile']>[0]) {
        await gate;
        return super.putProfile(profile);
      }
    }
    const slow = new SlowRepository(new VitaeDatabase(`vitae-list-slow-${++n}-${Date.now()}`));
    const slowHandlers = createHandlers(slow);
    await slowHandlers['profile.list']({ type: 'profile.list' }, sender);
    expect(await activeName()).toBe('');
    const id = (await slow.listProfiles())[0]?.id ?? '';
    const pending = slowHandlers['profile.save']({ type: 'profile.save', profile: { ...OKONKWO, id } }, sender);
    await new Promise((r) => setTimeout(r, 20));
    expect(await storedList()).toBeUndefined();
    // The popup's own profile.list meanwhile does not put back a list that is about to change.
    await slowHandlers['profile.list']({ type: 'profile.list' }, sender);
    expect(await storedList()).toBeUndefined();
    release();
    await pending;
    expect(await activeName()).toBe('Mira Okonkwo');
  });

  it('is stored again, unchanged, after a change that failed', async () => {
    await handlers['profile.list']({ type: 'profile.list' }, sender);
    const before = await storedList();
    const id = before?.[0]?.id ?? '';
    const broken = { ...OKONKWO, id, emails: [{ address: 'not-an-email', kind: 'academic', primary: true }] };
    await expect(
      handlers['profile.save']({ type: 'profile.save', profile: broken as typeof OKONKWO }, sender),
    ).rejects.toThrow();
    expect(await storedList()).toEqual(before);
  });

  it('is left alone by the preview of an import', async () => {
    await handlers['profile.list']({ type: 'profile.list' }, sender);
    const before = await storedList();
    const removals: unknown[] = [];
    const remove = browser.storage.local.remove.bind(browser.storage.local);
    browser.storage.local.remove = (keys: string | string[]) => {
      removals.push(keys);
      return remove(keys);
    };
    const preview = await handlers['profile.import'](
      {
        type: 'profile.import',
        format: 'bibtex',
        data: '@article{a, title={T}, author={Okonkwo, Mira}, year={2020}}',
        dryRun: true,
      },
      sender,
    );
    expect(preview.ok).toBe(true);
    expect(removals).toEqual([]);
    expect(await storedList()).toEqual(before);
  });
});

describe('cachedProfileList', () => {
  const entry = { id: 'p1', label: 'Academic', name: 'Mira Okonkwo', affiliation: 'Westmarch', active: true };
  const list = (profiles: unknown[], profilePerSite: unknown = {}) => ({ profiles, profilePerSite });
  it('trusts a list with exactly one active profile and a map of sites', () => {
    expect(cachedProfileList(list([entry]))).toEqual(list([entry]));
    expect(cachedProfileList(list([entry], { 'apply.example.org': 'p1' }))).toEqual(
      list([entry], { 'apply.example.org': 'p1' }),
    );
  });
  it('trusts nothing else', () => {
    expect(cachedProfileList(undefined)).toBeUndefined();
    // The format before the sites were stored with the list.
    expect(cachedProfileList([entry])).toBeUndefined();
    expect(cachedProfileList(list([]))).toBeUndefined();
    expect(cachedProfileList(list([{ ...entry, active: false }]))).toBeUndefined();
    expect(cachedProfileList(list([entry, { ...entry, id: 'p2' }]))).toBeUndefined();
    expect(cachedProfileList(list([{ ...entry, name: 3 }]))).toBeUndefined();
    expect(cachedProfileList(list([entry], { 'example.org': 7 }))).toBeUndefined();
    expect(cachedProfileList({ profiles: [entry] })).toBeUndefined();
  });
});
