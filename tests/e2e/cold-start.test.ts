/**
 * The service worker's start-up leaves the import parsers out (issue #16): Chrome stops the worker after ~30 s idle
 * and evaluates its start-up graph again on the next click, so pdf.js, mammoth and the other parsers live in an
 * offscreen document (entrypoints/offscreen/), and an import from a restarted worker still works. Needs
 * `npm run build` first.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bytesToBase64 } from '../../lib/encoding/base64';
import { cvTextToPdf } from '../unit/import/make-pdf';
import { EXTENSION_DIR, launchExtension, type ExtensionSession } from './harness';
import { backgroundStartupFiles, controlWorker, type WorkerControl } from './worker-control';

// Strings only pdf.js (its worker) and mammoth (Word's main part) carry.
const PARSER_MARKS = ['WorkerMessageHandler', 'word/document.xml'];

let session: ExtensionSession;
let worker: WorkerControl;

beforeAll(async () => {
  session = await launchExtension();
  worker = await controlWorker(session);
  // The first message finishes the worker's install, so it is running and activated before a stop.
  await session.send({ type: 'profile.list' });
});

afterAll(async () => {
  await session?.close();
});

describe('service worker start-up', () => {
  it('evaluates none of the import parsers, which the offscreen document carries', () => {
    const startup = backgroundStartupFiles();
    expect(startup).toContain('background.js');
    const startupText = startup.map((f) => readFileSync(join(EXTENSION_DIR, f), 'utf8')).join('\n');
    const offscreen = readFileSync(join(EXTENSION_DIR, 'offscreen.html'), 'utf8');
    const offscreenText = [...offscreen.matchAll(/(?:src|href)="\/(chunks\/[^"]+\.js)"/g)]
      .map((m) => readFileSync(join(EXTENSION_DIR, m[1] ?? ''), 'utf8'))
      .join('\n');
    for (const mark of PARSER_MARKS) {
      expect(startupText, mark).not.toContain(mark);
      expect(offscreenText, mark).toContain(mark);
    }
  });

  it('imports a PDF from a worker that was stopped, and the background still answers other messages', async () => {
    await worker.stop();
    const cv = readFileSync(resolve(__dirname, '../fixtures/import/cv-two-line.txt'), 'utf8');
    const response = await session.send({
      type: 'profile.import',
      format: 'auto',
      base64: bytesToBase64(cvTextToPdf(cv)),
      fileName: 'cv.pdf',
    });
    expect(response).toMatchObject({ ok: true, summary: { education: { added: 2 }, publications: { added: 2 } } });
    // The offscreen document now listens too: it must leave every other message to the background.
    const listed = await session.send<{ ok: boolean; profiles: unknown[] }>({ type: 'profile.list' });
    expect(listed).toMatchObject({ ok: true });
    expect(listed.profiles.length).toBeGreaterThan(0);
    // And a second stop and import: the open offscreen document is found again, not created twice.
    await worker.stop();
    const again = await session.send({ type: 'profile.import', format: 'bibtex', data: '@article{a, title={T}}' });
    expect(again).toMatchObject({ ok: true });
  });
});
