/**
 * CVs in every format a researcher keeps, imported through the built extension in Chromium exactly as the
 * automation contract says (`profile.import`, format 'auto', fileName, base64): each fictional CV must give ≥ 95 %
 * of its facts; the seed CV (../shared, when present) all of its facts, with the header's current position and no
 * address; and each bad input is refused or partial with a message, the stored profile unchanged byte for byte.
 * Needs `npm run build` first.
 */
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bytesToBase64 } from '../../lib/encoding/base64';
import type { Profile } from '../../lib/profile/schema';
import { EXPECTED, scoreProfile } from '../fixtures/import/cvs/facts';
import { cvFileBytes } from '../fixtures/import/cvs/load';
import { zipBomb } from '../fixtures/import/make-docx';
import { makePdf } from '../unit/import/make-pdf';
import { SEED_CV_PATH, expectSeedFacts } from '../unit/import/seed-facts';
import { launchExtension, type ExtensionSession } from './harness';

let session: ExtensionSession;

beforeAll(async () => {
  session = await launchExtension();
});

afterAll(async () => {
  await session?.close();
});

type ImportReply = { ok: true; summary: Record<string, unknown>; warnings: string[] } | { ok: false; error: string };

/** A fresh, active profile, so each CV is scored on its own. */
async function freshProfile(label: string): Promise<void> {
  const created = await session.send<{ ok: boolean; id: string }>({ type: 'profile.create', label });
  await session.send({ type: 'profile.activate', profileId: created.id });
}

async function importFile(fileName: string, bytes: Uint8Array): Promise<ImportReply> {
  return session.send<ImportReply>({ type: 'profile.import', format: 'auto', fileName, base64: bytesToBase64(bytes) });
}

async function activeProfile(): Promise<Profile> {
  return (await session.send<{ profile: Profile }>({ type: 'profile.get' })).profile;
}

describe('fictional CVs in five formats, through the extension', () => {
  it.each(EXPECTED.map((e) => [e.file, e] as const))('%s gives at least 95 % of its facts', async (file, expected) => {
    await freshProfile(file);
    const reply = await importFile(file, cvFileBytes(file));
    expect(reply.ok, reply.ok ? '' : reply.error).toBe(true);
    const score = scoreProfile(await activeProfile(), expected);
    const fraction = score.found / score.facts;
    console.log(`${file}: ${score.found}/${score.facts} facts (${(fraction * 100).toFixed(1)} %)`);
    expect(fraction, score.missed.join('\n')).toBeGreaterThanOrEqual(0.95);
  });
});

describe.runIf(existsSync(SEED_CV_PATH))('the seed CV through the extension', () => {
  let profile: Profile;
  beforeAll(async () => {
    await freshProfile('seed');
    const reply = await importFile('cv-qingyu-song.txt', new Uint8Array(readFileSync(SEED_CV_PATH)));
    if (!reply.ok) throw new Error(reply.error);
    profile = await activeProfile();
  });
  expectSeedFacts(() => profile);
});

/** The stored profile, without the timestamps a save would touch. */
async function storedState(): Promise<string> {
  const backup = await session.send<{ ok: boolean; data: string }>({ type: 'profile.export', format: 'backup' });
  const parsed = JSON.parse(backup.data) as Record<string, unknown>;
  delete parsed.exportedAt;
  return JSON.stringify(parsed);
}

describe('bad input is refused and changes nothing', () => {
  const cases: [string, () => Uint8Array, RegExp][] = [
    ['scan.pdf', () => makePdf([[]]), /no text to read .*scan/i],
    ['locked.pdf', () => makePdf([[{ x: 56, y: 700, text: 'EDUCATION' }]], { encrypted: true }), /encrypted/i],
    ['bomb.docx', () => zipBomb(300), /unpacks to 300 MB.*without unpacking/i],
    ['self.tex', () => new TextEncoder().encode(SELF_INCLUDING_TEX), /did not read them/i],
  ];

  it.each(cases)('%s', async (fileName, make, message) => {
    await freshProfile(`bad ${fileName}`);
    await importFile('keyvalue-plain.txt', cvFileBytes('keyvalue-plain.txt'));
    const before = await storedState();
    const bytes = make();
    const started = Date.now();
    const reply = await importFile(fileName, bytes);
    const text = reply.ok ? reply.warnings.join(' ') : reply.error;
    expect(text).toMatch(message);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(reply.ok).toBe(false);
    expect(await storedState()).toBe(before);
  });
});

/** A .tex file that is nothing but \input's of itself: never followed, so the import finishes (with nothing). */
const SELF_INCLUDING_TEX = String.raw`\documentclass{article}
\begin{document}
\input{self}
\include{self.tex}
\end{document}
`;
