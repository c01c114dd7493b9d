/**
 * The CV PDF import in the real MV3 service worker (Chromium): pdfjs must run its in-thread "fake worker" there,
 * since service workers allow neither dynamic import() nor nested Workers. Needs `npm run build` first.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bytesToBase64 } from '../../lib/encoding/base64';
import { cvTextToPdf } from '../unit/import/make-pdf';
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
    const cv = readFileSync(resolve(__dirname, '../fixtures/import/cv-two-line.txt'), 'utf8');
    const response = await session.send({
      type: 'profile.import',
      format: 'auto',
      base64: bytesToBase64(cvTextToPdf(cv)),
      fileName: 'cv.pdf',
    });
    expect(response).toMatchObject({ ok: true, summary: { education: { added: 2 }, publications: { added: 2 } } });
  });
});
