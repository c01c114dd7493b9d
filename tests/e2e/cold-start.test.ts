/**
 * A worker that Chrome stopped (it does after ~30 s idle) starts again on the next message and answers it whole
 * (issue #16): an import sent to a stopped worker succeeds, the background then answers other messages, and so
 * again after a second stop. The import parsers live in an offscreen document that outlives the worker: a document
 * opened in one life of the worker answers imports of every kind in the next, and one that went away is opened
 * again. Needs `npm run build` first.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { twoLineCvPdfImport } from '../unit/import/make-pdf';
import { launchExtension, type ExtensionSession } from './harness';
import { IMPORT_KINDS, type ImportReply } from './import-kinds';
import { backgroundStartupFiles, controlWorker, type WorkerControl } from './worker-control';

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

/** The worker's `chrome` APIs for the offscreen document (tests/e2e/chrome-types.d.ts has the pages' others). */
interface WorkerChrome {
  chrome: {
    runtime: { getContexts(filter: { contextTypes: string[] }): Promise<unknown[]> };
    offscreen: { closeDocument(): Promise<void> };
  };
}

/** Close the parser document from the worker. */
const closeDocument = () =>
  session.worker.evaluate(() => (globalThis as unknown as WorkerChrome).chrome.offscreen.closeDocument());

/** The offscreen documents open now, as the (running) worker sees them. */
const offscreenDocuments = () =>
  session.worker.evaluate(async () => {
    const api = (globalThis as unknown as WorkerChrome).chrome;
    return (await api.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })).length;
  });

describe('service worker start-up', () => {
  it('imports a PDF from a worker that was stopped, and the background still answers other messages', async () => {
    await worker.stop();
    const pdf = twoLineCvPdfImport();
    expect(await session.send(pdf.request)).toMatchObject(pdf.imported);
    const listed = await session.send<{ ok: boolean; profiles: unknown[] }>({ type: 'profile.list' });
    expect(listed).toMatchObject({ ok: true });
    expect(listed.profiles.length).toBeGreaterThan(0);
    // And a second stop and import.
    await worker.stop();
    const again = await session.send({ type: 'profile.import', format: 'bibtex', data: '@article{a, title={T}}' });
    expect(again).toMatchObject({ ok: true });
  });

  it('answers an import of every kind from the parser document an earlier life of the worker opened', async () => {
    // The Import panel readies the document (and a picked file's parser); then Chrome stops the worker.
    expect(await session.send({ type: 'import.prepare' })).toEqual({ ok: true });
    expect(await session.send({ type: 'import.prepare', fileName: 'cv.docx' })).toEqual({ ok: true });
    expect(await offscreenDocuments()).toBe(1);
    for (const [kind, request] of IMPORT_KINDS) {
      await worker.stop();
      const cold = await session.send<ImportReply>(request);
      expect(cold.ok, `${kind}: ${cold.ok ? '' : cold.error}`).toBe(true);
      expect(await offscreenDocuments(), kind).toBe(1);
      // The same answer as from a worker that kept running.
      expect(await session.send<ImportReply>(request), kind).toEqual(cold);
    }
  });

  it('answers from a parser document that was still opening when the worker stopped', async () => {
    if (await offscreenDocuments()) await closeDocument();
    // The Import panel asks for the document (not awaited: the worker is stopped before it answers), and Chrome
    // stops the worker as soon as the document exists, before it has loaded and listens.
    await session.control.evaluate(() => {
      chrome.runtime.sendMessage({ type: 'import.prepare' }).catch(() => undefined);
    });
    const deadline = Date.now() + 10_000;
    while ((await offscreenDocuments()) === 0) {
      if (Date.now() > deadline) throw new Error('import.prepare opened no document');
    }
    await worker.stop();
    const bibtex = { type: 'profile.import', format: 'bibtex', data: '@article{s, title={Slow Tides}}', dryRun: true };
    expect(await session.send(bibtex)).toMatchObject({ ok: true, summary: { publications: { added: 1 } } });
    expect(await offscreenDocuments()).toBe(1);
  });

  it('opens the parser document again when it was closed while the worker slept', async () => {
    expect(await session.send({ type: 'import.prepare' })).toEqual({ ok: true });
    await closeDocument();
    expect(await offscreenDocuments()).toBe(0);
    await worker.stop();
    const bibtex = {
      type: 'profile.import',
      format: 'bibtex',
      data: '@article{r, title={Reopened Tides}}',
      dryRun: true,
    };
    expect(await session.send(bibtex)).toMatchObject({ ok: true, summary: { publications: { added: 1 } } });
    expect(await offscreenDocuments()).toBe(1);
  });

  it('starts the worker without the import parsers', () => {
    // Strings only pdf.js, mammoth, the LaTeX parser, marked and the BibTeX parser carry (each is found in the build,
    // in its parser's chunk); the worker must not evaluate them.
    const startup = backgroundStartupFiles()
      .map((file) => readFileSync(`.output/chrome-mv3/${file}`, 'utf8'))
      .join('\n');
    for (const marker of ['GlobalWorkerOptions', 'word/document.xml', 'usepackage', 'codespan', 'verbatimFields']) {
      expect(startup.includes(marker), marker).toBe(false);
    }
  });
});
