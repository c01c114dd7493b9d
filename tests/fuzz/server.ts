/**
 * Serves generated fuzz pages on two loopback origins (the second for cross-origin iframes):
 *   /fuzz/pack/A,B,C.html      the pages of seeds A, B and C in one document
 *   /fuzz/SEED/frame-I.html     block I of that seed, for its iframe
 *   /fuzz/runtime.js            the page-side recorder (tests/fixtures/pages/fuzz/runtime.js)
 * Pages are rendered on request from the seed, so nothing is written to disk.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatePage, renderFrame, renderPack, type FrameUrls, type FuzzPage } from './generate';

const RUNTIME = join(import.meta.dirname, '../fixtures/pages/fuzz/runtime.js');

export interface FuzzServer {
  urls: FrameUrls;
  packUrl(seeds: number[]): string;
  close(): Promise<void>;
}

function listen(
  handler: (req: IncomingMessage, res: ServerResponse) => void,
): Promise<{ server: Server; url: string }> {
  const server = createServer(handler);
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ server, url: `http://127.0.0.1:${port}` });
    });
  });
}

export async function serveFuzzPages(): Promise<FuzzServer> {
  const urls: FrameUrls = { same: '', other: '' };
  const cache = new Map<number, FuzzPage>();
  const pageOf = (seed: number): FuzzPage => {
    let page = cache.get(seed);
    if (!page) {
      page = generatePage(seed);
      if (cache.size > 64) cache.clear();
      cache.set(seed, page);
    }
    return page;
  };
  const runtime = readFileSync(RUNTIME);
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const html = (body: string) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
    if (path === '/fuzz/runtime.js') {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(runtime);
      return;
    }
    const pack = /^\/fuzz\/pack\/([\d,]+)\.html$/.exec(path);
    if (pack) {
      html(
        renderPack(
          pack[1]!.split(',').map((s) => pageOf(Number(s))),
          urls,
        ),
      );
      return;
    }
    const frame = /^\/fuzz\/(\d+)\/frame-(\d+)\.html$/.exec(path);
    if (frame) {
      html(renderFrame(pageOf(Number(frame[1])), Number(frame[2])));
      return;
    }
    if (path === '/submitted') {
      html('<!doctype html><title>submitted</title><p>The form was submitted.</p>');
      return;
    }
    res.writeHead(path === '/favicon.ico' ? 204 : 404).end();
  };
  const a = await listen(handler);
  const b = await listen(handler);
  urls.same = a.url;
  urls.other = b.url;
  const close = (s: Server) => new Promise<void>((resolve) => s.close(() => resolve()));
  return {
    urls,
    packUrl: (seeds) => `${a.url}/fuzz/pack/${seeds.join(',')}.html`,
    close: async () => {
      a.server.closeAllConnections();
      b.server.closeAllConnections();
      await Promise.all([close(a.server), close(b.server)]);
    },
  };
}
