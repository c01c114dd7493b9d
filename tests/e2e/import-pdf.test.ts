/**
 * The CV PDF import in the real MV3 service worker (Chromium): pdfjs must run its in-thread "fake worker" there,
 * since service workers allow neither dynamic import() nor nested Workers. Needs `npm run build` first.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { twoLineCvPdfImport } from '../unit/import/make-pdf';
import { launchExtension, type ExtensionSession } from './harness';

let session: ExtensionSession;

beforeAll(async () => {
  session = await launchExtension();
});

afterAll(async () => {
  await session?.close();
});

describe('CV PDF import in the extension', () => {
  it('imports a PDF sent as base64 through profile.import', async () => {
    const pdf = twoLineCvPdfImport();
    expect(await session.send(pdf.request)).toMatchObject(pdf.imported);
  });
});
