/**
 * The extension's MV3 service worker as Chrome's idle timeout treats it (issue #16): stop it and know when it is
 * stopped, and the files its start-up evaluates. Used by tests/e2e/cold-start.test.ts and scripts/bench-cold-start.ts.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { EXTENSION_DIR, type ExtensionSession } from './harness';

interface WorkerVersion {
  versionId: string;
  scriptURL: string;
  runningStatus: string;
  status: string;
}

export interface WorkerControl {
  /** The worker is running and activated. */
  running(): boolean;
  /**
   * Stop it as the idle timeout does and wait until the browser reports it stopped. The next message or event
   * starts it again; Playwright keeps the same Worker object across the restart (its DevTools target survives), so
   * `session.worker.evaluate` then runs in the new instance.
   */
  stop(): Promise<void>;
}

/** CDP's ServiceWorker domain, from an extension page (its storage partition holds the extension's worker). */
export async function controlWorker(session: ExtensionSession): Promise<WorkerControl> {
  const cdp = await session.context.newCDPSession(session.control);
  const versions = new Map<string, WorkerVersion>();
  const seen: string[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', (event: { versions: WorkerVersion[] }) => {
    for (const v of event.versions) {
      versions.set(v.versionId, v);
      if (new URL(v.scriptURL).host === session.extensionId) seen.push(v.runningStatus);
    }
  });
  await cdp.send('ServiceWorker.enable');
  const ours = () => [...versions.values()].filter((v) => new URL(v.scriptURL).host === session.extensionId);
  const running = () => ours().some((v) => v.runningStatus === 'running' && v.status === 'activated');
  return {
    running,
    async stop() {
      if (!running()) throw new Error('the service worker is not running and activated before stopping it');
      seen.length = 0;
      await cdp.send('ServiceWorker.stopAllWorkers');
      const deadline = Date.now() + 15_000;
      // Stopped, even if something (an open page's message) started it again before this loop looked.
      while (!seen.includes('stopped')) {
        if (Date.now() > deadline) throw new Error(`the service worker did not stop (seen: ${seen.join(', ')})`);
        await new Promise((ok) => setTimeout(ok, 20));
      }
    },
  };
}

/** background.js and every chunk it imports statically, transitively: what the worker evaluates on each start. */
export function backgroundStartupFiles(dir = EXTENSION_DIR): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    // Minified modules: static imports are `import…from"./x.js"` or `import"./x.js"`; import("…") is not one.
    const source = readFileSync(join(dir, file), 'utf8');
    for (const match of source.matchAll(/(?:from|import)\s*"(\.{1,2}\/[^"]+)"/g)) {
      visit(normalize(join(dirname(file), match[1] ?? '')));
    }
  };
  visit('background.js');
  return [...seen];
}

export const totalBytes = (files: string[], dir = EXTENSION_DIR) =>
  files.reduce((sum, f) => sum + statSync(join(dir, f)).size, 0);
