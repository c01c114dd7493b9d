// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { classifyPage } from '../../../lib/engine/classify';
import { fieldSignature } from '../../../lib/engine/signature';
import type { FieldKind } from '../../../lib/fields/kinds';
import { SAMPLE_PROFILE } from '../../../lib/sample/sample-profile';
import { VitaeDatabase } from '../../../platform/db';
import { createHandlers } from '../../../platform/handlers';
import { LearningSessions, learning, type LearnSender } from '../../../platform/learn';
import { Repository } from '../../../platform/repository';
import { collectFromHtml } from '../engine/collect-html';

const ORIGIN = 'https://reviewers.example.org';
const TAB = 7;
const ORCID = SAMPLE_PROFILE.links.orcid!;

const { page } = collectFromHtml(
  `<form>
    <p><label for="reg">Researcher registry number</label> <input id="reg" name="reg"></p>
    <p><label for="inst">Affiliation</label> <input id="inst" name="inst"></p>
    <p><label for="pw">Password</label> <input id="pw" name="pw" type="password"></p>
  </form>`,
  { url: `${ORIGIN}/signup` },
);
const field = (htmlId: string) => page.fields.find((f) => f.htmlId === htmlId)!;
const REG = field('reg').id;
const INST = field('inst').id;

let n = 0;
async function freshRepo(): Promise<Repository> {
  const repo = new Repository(new VitaeDatabase(`vitae-learn-${++n}-${Date.now()}`));
  await repo.saveProfile(SAMPLE_PROFILE);
  await repo.setActiveProfile(SAMPLE_PROFILE.id);
  return repo;
}

/** A fill of tab 7's top frame: the affiliation filled, the registry number left empty. */
function fill(sessions: LearningSessions): string[] {
  sessions.begin(TAB, ORIGIN, SAMPLE_PROFILE.id);
  const filled = new Map<string, FieldKind>([[INST, 'position.institution']]);
  return sessions.record(TAB, 0, page, classifyPage(page, {}), filled);
}

const fromPage: LearnSender = { tab: { id: TAB, url: `${ORIGIN}/signup?step=2` }, frameId: 0 };

describe('what the background accepts from a filled page', () => {
  let repo: Repository;
  let sessions: LearningSessions;
  beforeEach(async () => {
    repo = await freshRepo();
    sessions = new LearningSessions();
  });

  it('watches the fields a person may teach from, never the password', () => {
    const watched = fill(sessions);
    expect(watched).toEqual(expect.arrayContaining([REG, INST]));
    expect(watched).not.toContain(field('pw').id);
  });

  it('offers the kind the typed value is, by its label only', async () => {
    fill(sessions);
    const answer = await sessions.suggest(repo, fromPage, { type: 'rules.suggest', fieldId: REG, value: ORCID });
    expect(answer).toEqual({
      ok: true,
      offer: { target: 'orcid.id', label: 'ORCID iD', site: 'reviewers.example.org' },
    });
    const cleared = await sessions.suggest(repo, fromPage, { type: 'rules.suggest', fieldId: INST, value: '' });
    expect(cleared).toEqual({
      ok: true,
      offer: { target: 'ignore', label: 'Leave alone', site: 'reviewers.example.org' },
    });
    // A value that is no fact, in a field Vitae left empty: nothing to offer, and nothing of the profile said.
    const other = await sessions.suggest(repo, fromPage, { type: 'rules.suggest', fieldId: REG, value: 'R-2291' });
    expect(other).toEqual({ ok: true, offer: null });
  });

  it('refuses fields that were not part of the last fill of the sender’s own tab and frame', async () => {
    fill(sessions);
    const ask = (sender: LearnSender, fieldId: string) =>
      sessions.suggest(repo, sender, { type: 'rules.suggest', fieldId, value: ORCID });
    expect(await ask(fromPage, 'f999')).toMatchObject({ ok: false });
    expect(await ask(fromPage, field('pw').id)).toMatchObject({ ok: false });
    expect(await ask({ ...fromPage, frameId: 3 }, REG)).toMatchObject({ ok: false });
    expect(await ask({ tab: { id: 8, url: `${ORIGIN}/signup` }, frameId: 0 }, REG)).toMatchObject({ ok: false });
    // An extension page (no tab) is not a filled page either.
    expect(await ask({}, REG)).toMatchObject({ ok: false });
    // The tab went elsewhere since the fill: its fields are not this page's.
    expect(await ask({ tab: { id: TAB, url: 'https://evil.example/signup' }, frameId: 0 }, REG)).toMatchObject({
      ok: false,
    });
    // Undo ends what the fill can teach.
    await sessions.end(TAB);
    expect(await ask(fromPage, REG)).toMatchObject({ ok: false });
  });

  it('refuses malformed requests', async () => {
    fill(sessions);
    expect(await sessions.suggest(repo, fromPage, { fieldId: REG, value: 42 })).toMatchObject({ ok: false });
    expect(await sessions.suggest(repo, fromPage, { fieldId: REG, value: 'x'.repeat(6_000) })).toMatchObject({
      ok: false,
    });
    expect(await sessions.learn(repo, fromPage, { fieldId: REG })).toMatchObject({ ok: false });
  });

  it('saves only the target it offered, with the origin and signature it computed, once per field', async () => {
    fill(sessions);
    // Nothing offered yet: nothing can be learned.
    expect(await sessions.learn(repo, fromPage, { fieldId: REG, target: 'orcid.id' })).toMatchObject({ ok: false });
    await sessions.suggest(repo, fromPage, { type: 'rules.suggest', fieldId: REG, value: ORCID });
    expect(await sessions.learn(repo, fromPage, { fieldId: REG, target: 'email' })).toMatchObject({ ok: false });
    const learned = await sessions.learn(repo, fromPage, {
      type: 'rules.learn',
      fieldId: REG,
      target: 'orcid.id',
      // A page cannot choose where or for which field the rule applies.
      origin: 'https://evil.example',
      signature: 'v1|input/text|n=|i=|l=email',
    });
    expect(learned).toEqual({ ok: true });
    expect(await repo.listRules()).toEqual([
      expect.objectContaining({
        origin: ORIGIN,
        signature: fieldSignature(field('reg')),
        target: 'orcid.id',
        label: 'Researcher registry number',
      }),
    ]);
    expect(await sessions.learn(repo, fromPage, { fieldId: REG, target: 'orcid.id' })).toMatchObject({ ok: false });
    expect(await sessions.suggest(repo, fromPage, { type: 'rules.suggest', fieldId: REG, value: ORCID })).toMatchObject(
      { ok: false },
    );
    expect(await repo.listRules()).toHaveLength(1);
  });

  it('replaces an earlier rule for the same field of the same site instead of adding a second', async () => {
    const signature = fieldSignature(field('inst'));
    await repo.saveRule({ origin: ORIGIN, signature, target: 'position.institution', label: 'Affiliation' });
    await repo.saveRule({ origin: 'https://other.example', signature, target: 'name.full', label: 'Affiliation' });
    fill(sessions);
    await sessions.suggest(repo, fromPage, { type: 'rules.suggest', fieldId: INST, value: '' });
    expect(await sessions.learn(repo, fromPage, { fieldId: INST, target: 'ignore' })).toEqual({ ok: true });
    const rules = await repo.listRules();
    expect(rules.filter((r) => r.origin === ORIGIN)).toEqual([
      expect.objectContaining({ signature, target: 'ignore' }),
    ]);
    expect(rules.filter((r) => r.origin === 'https://other.example')).toHaveLength(1);
  });

  it('answers a field only a few times, so a page cannot probe the profile value by value', async () => {
    fill(sessions);
    const ask = (value: string) => sessions.suggest(repo, fromPage, { type: 'rules.suggest', fieldId: REG, value });
    for (const guess of ['a1', 'b2', 'c3']) expect(await ask(guess)).toEqual({ ok: true, offer: null });
    expect(await ask(ORCID)).toMatchObject({ ok: false });
  });

  it('offers nothing when the person turned the offers off or never wants Vitae on the site', async () => {
    fill(sessions);
    await repo.setSettings({ learnCorrections: false });
    const ask = () => sessions.suggest(repo, fromPage, { type: 'rules.suggest', fieldId: REG, value: ORCID });
    expect(await ask()).toEqual({ ok: true, offer: null });
    await repo.setSettings({ learnCorrections: true, neverSites: ['example.org'] });
    expect(await ask()).toEqual({ ok: true, offer: null });
    // Nothing was offered, so nothing can be learned.
    expect(await sessions.learn(repo, fromPage, { fieldId: REG, target: 'orcid.id' })).toMatchObject({ ok: false });
  });

  it('is what the background’s rules.suggest and rules.learn handlers answer', async () => {
    const handlers = createHandlers(repo);
    fill(learning);
    const suggest = await handlers['rules.suggest']({ type: 'rules.suggest', fieldId: REG, value: ORCID }, fromPage);
    expect(suggest).toMatchObject({ ok: true, offer: { target: 'orcid.id' } });
    expect(await handlers['rules.learn']({ type: 'rules.learn', fieldId: REG, target: 'orcid.id' }, fromPage)).toEqual({
      ok: true,
    });
    expect((await repo.listRules()).map((r) => r.target)).toEqual(['orcid.id']);
    await learning.end(TAB);
  });
});

describe('a fill outlives the background worker', () => {
  /** storage.session as the next worker sees it: values cloned in and out, as the browser does. */
  function memoryStore() {
    const area = new Map<string, unknown>();
    const writes: string[] = [];
    return {
      area,
      writes,
      get: (key: string) => Promise.resolve(structuredClone(area.get(key))),
      set: (key: string, value: unknown) => {
        writes.push(key);
        area.set(key, structuredClone(value));
        return Promise.resolve();
      },
      remove: (keys: string[]) => {
        for (const key of keys) area.delete(key);
        return Promise.resolve();
      },
      keys: () => Promise.resolve([...area.keys()]),
    };
  }
  const suggestOrcid = (sessions: LearningSessions, repo: Repository) =>
    sessions.suggest(repo, fromPage, { type: 'rules.suggest', fieldId: REG, value: ORCID });

  it('offers and learns in a worker started after the one that filled, from the stored record', async () => {
    const repo = await freshRepo();
    const store = memoryStore();
    fill(new LearningSessions(store));
    await vi.waitFor(() => expect([...store.area.keys()]).toEqual([`vitae.fill.${TAB}.0`]));

    // The worker was stopped: a new one with nothing in memory answers from the record.
    const next = new LearningSessions(store);
    expect(await suggestOrcid(next, repo)).toMatchObject({ ok: true, offer: { target: 'orcid.id' } });
    // What it offered is part of the record too: a third worker accepts exactly that.
    const third = new LearningSessions(store);
    expect(await third.learn(repo, fromPage, { type: 'rules.learn', fieldId: REG, target: 'orcid.id' })).toEqual({
      ok: true,
    });
    expect((await repo.listRules()).map((r) => r.target)).toEqual(['orcid.id']);
    // Learned once, in any worker.
    expect(
      await new LearningSessions(store).learn(repo, fromPage, {
        type: 'rules.learn',
        fieldId: REG,
        target: 'orcid.id',
      }),
    ).toMatchObject({ ok: false });
  });

  it('keeps an undone fill undone across workers, and a worker without a store knows nothing', async () => {
    const repo = await freshRepo();
    const store = memoryStore();
    const first = new LearningSessions(store);
    fill(first);
    await first.end(TAB);
    expect([...store.area.keys()]).toEqual([]);
    expect(await suggestOrcid(new LearningSessions(store), repo)).toMatchObject({ ok: false });

    fill(new LearningSessions());
    expect(await suggestOrcid(new LearningSessions(), repo)).toMatchObject({ ok: false });
  });

  /** Tab 3's fill of its top frame, then tab 7's (fill()). */
  function twoTabs() {
    const store = memoryStore();
    const sessions = new LearningSessions(store);
    sessions.begin(3, ORIGIN, SAMPLE_PROFILE.id);
    sessions.record(3, 0, page, classifyPage(page, {}), new Map());
    fill(sessions);
    return { store, sessions };
  }

  it('writes one record per fill of a frame, of that frame only, holding the watched fields and not the page', async () => {
    // Another tab's earlier fill, and two frames of this one.
    const { store, sessions } = twoTabs();
    sessions.record(TAB, 2, page, classifyPage(page, {}), new Map());
    await vi.waitFor(() => expect(store.writes).toHaveLength(3));
    expect(store.writes).toEqual([`vitae.fill.3.0`, `vitae.fill.${TAB}.0`, `vitae.fill.${TAB}.2`]);

    // The next fill of tab 7's top frame writes its own record once; tab 3's stays as it was, unwritten.
    store.writes.length = 0;
    fill(sessions);
    await vi.waitFor(() => expect(store.writes).toEqual([`vitae.fill.${TAB}.0`]));
    // The new fill dropped the frame it did not fill again.
    expect([...store.area.keys()].sort()).toEqual(['vitae.fill.3.0', `vitae.fill.${TAB}.0`]);

    const record = store.area.get(`vitae.fill.${TAB}.0`) as { page: object; fields: [string, unknown][] };
    expect(Object.keys(record.page).sort()).toEqual(['title', 'topUrl', 'url']);
    expect(record.fields.map(([id]) => id).sort()).toEqual([INST, REG].sort());
  });

  it('drops a tab’s records when the tab ends, and no other tab’s', async () => {
    const { store, sessions } = twoTabs();
    await sessions.end(TAB);
    expect([...store.area.keys()]).toEqual(['vitae.fill.3.0']);
    const repo = await freshRepo();
    expect(await suggestOrcid(new LearningSessions(store), repo)).toMatchObject({ ok: false });
  });
});
