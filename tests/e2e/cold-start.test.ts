/**
 * A worker that Chrome stopped (it does after ~30 s idle) starts again on the next message and answers it whole
 * (issue #16): an import sent to a stopped worker succeeds, the background then answers other messages, and so
 * again after a second stop. Needs `npm run build` first.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { twoLineCvPdfImport } from '../unit/import/make-pdf';
import { launchExtension, type ExtensionSession } from './harness';
import { controlWorker, type WorkerControl } from './worker-control';

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
});
