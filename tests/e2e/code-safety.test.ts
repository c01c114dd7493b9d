/**
 * Code safety of what ships: the built extensions (.output/chrome-mv3, .output/firefox-mv2) contain no code from
 * strings and no HTML sinks outside justified vendor code, their manifests keep the browsers' strict default CSP and
 * declare no static content script, and the running extension pages really refuse eval.
 * Runs with the browser tests because it needs `npm run build` and `npm run build:firefox` first.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALLOWED, findUnsafeCode, isAllowed, listFiles, scanBuild, tryCodeFromStrings } from './code-safety';
import { launchExtension, ROOT, type ExtensionSession } from './harness';

const BUILDS = [
  { name: 'chrome-mv3', dir: join(ROOT, '.output/chrome-mv3'), manifestVersion: 3 },
  { name: 'firefox-mv2', dir: join(ROOT, '.output/firefox-mv2'), manifestVersion: 2 },
];

describe('the scanner', () => {
  it('finds each kind of string-to-code and HTML sink, minified or not', () => {
    const source = [
      'eval(x)',
      'window.eval(x)',
      'new Function("a", b)',
      'Function("return this")()',
      "setTimeout('go()', 1)",
      'el.innerHTML = data',
      'el.innerHTML+=data',
      'e.outerHTML=d',
      'n.insertAdjacentHTML("beforeend", d)',
      'document.write(d)',
      'r.createContextualFragment(d)',
    ].join(';');
    expect(findUnsafeCode(source).map((f) => f.pattern)).toEqual([
      'eval(',
      'eval(',
      'new Function',
      'Function(string)',
      'string timer',
      'innerHTML=',
      'innerHTML=',
      'outerHTML=',
      'insertAdjacentHTML',
      'document.write',
      'createContextualFragment',
    ]);
  });

  it('leaves reads, comparisons and look-alike names alone', () => {
    const source = 'a=t.innerHTML;a==t.innerHTML;x.evaluate(y);retrieval(z);myFunction(q);setTimeout(fn,1)';
    expect(findUnsafeCode(source)).toEqual([]);
  });

  it("allows Preact's dangerouslySetInnerHTML write and nothing like it with other data", () => {
    const [preact] = findUnsafeCode('g?(t.innerHTML=g.__html,n.__k=[]):0');
    const [other] = findUnsafeCode('t.innerHTML=g.html');
    expect(preact && isAllowed(preact)).toBe(true);
    expect(other && isAllowed(other)).toBe(false);
  });
});

describe("Vitae's own use of vendor code with HTML sinks", () => {
  it('never builds a citation-js Cite object (whose get() writes innerHTML)', () => {
    const uses = ['lib', 'platform', 'entrypoints', 'components', 'stores']
      .filter((d) => existsSync(join(ROOT, d)))
      .flatMap((d) => listFiles(join(ROOT, d), ['.ts', '.tsx']))
      .filter((file) => /\bnew\s+Cite\b|\bCite\s*[.(]|import\s*\{[^}]*\bCite\b/.test(readFileSync(file, 'utf8')));
    expect(uses).toEqual([]);
  });
});

describe.each(BUILDS)('the built $name extension', ({ dir, manifestVersion }) => {
  const manifestPath = join(dir, 'manifest.json');

  it('exists (npm run build / build:firefox ran)', () => {
    expect(existsSync(manifestPath), `${manifestPath} missing: build first`).toBe(true);
  });

  it('contains no eval, new Function, string timers or HTML sinks outside the justified vendor code', () => {
    const findings = scanBuild(dir);
    expect(findings.filter((f) => !isAllowed(f))).toEqual([]);
    // Every allowance is still needed, so the list cannot silently outlive its reason.
    for (const allowance of ALLOWED) {
      expect(
        findings.some((f) => f.pattern === allowance.pattern && allowance.excerpt.test(f.excerpt)),
        `unused allowance: ${allowance.why}`,
      ).toBe(true);
    }
  });

  it('has extension pages without inline scripts or inline event handlers', () => {
    for (const file of listFiles(dir, ['.html'])) {
      const html = readFileSync(file, 'utf8');
      expect(html, file).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i);
      expect(html, file).not.toMatch(/\son[a-z]+\s*=/i);
    }
  });

  it('keeps the strict default CSP and declares no static content script or web-page messaging', () => {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
    expect(manifest.manifest_version).toBe(manifestVersion);
    expect(manifest).not.toHaveProperty('content_security_policy');
    expect(manifest).not.toHaveProperty('content_scripts');
    expect(manifest).not.toHaveProperty('externally_connectable');
  });
});

describe('the running extension pages in Chromium', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('refuse eval and new Function (the default extension CSP is in force)', async () => {
    const outcome = await session.control.evaluate(tryCodeFromStrings);
    expect(outcome).toEqual({ eval: 'EvalError', 'new Function': 'EvalError' });
  });
});
