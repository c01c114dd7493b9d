/**
 * Fixture HTML → PageDescription through the shipped collector (entrypoints/content/collect.ts), for the engine's
 * tests and its accuracy figures on our labelled replicas. Test files that use it run under happy-dom
 * (`// @vitest-environment happy-dom`): the page replaces the test document, and collectPage reads it with
 * `layout: false`, since happy-dom lays nothing out.
 */
import { ElementRegistry, collectPage } from '../../../entrypoints/content/collect';
import type { PageDescription } from '../../../lib/engine/types';

export interface CollectHtmlOptions {
  url?: string;
  /** Attribute holding the expected label (`data-expect`, or the corpus's `data-manual-scoring`). */
  expectAttribute?: string;
}

export interface CollectedPage {
  page: PageDescription;
  /** field id → expected label, for fields that carry one. */
  expected: Map<string, string>;
}

interface HappyDomWindow {
  happyDOM?: { setURL(url: string): void };
}

export function collectFromHtml(html: string, options: CollectHtmlOptions = {}): CollectedPage {
  const url = options.url ?? 'https://example.org/';
  const expectAttribute = options.expectAttribute ?? 'data-expect';
  const happy = (window as unknown as HappyDomWindow).happyDOM;
  if (!happy) throw new Error('collectFromHtml runs under happy-dom: add // @vitest-environment happy-dom');
  happy.setURL(url);
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.head.replaceWith(document.importNode(parsed.head, true));
  document.body.replaceWith(document.importNode(parsed.body, true));
  const registry = new ElementRegistry();
  const page = collectPage(registry, { overlayHost: null, layout: false });
  const expected = new Map<string, string>();
  for (const field of page.fields) {
    const label = registry.get(field.id)?.getAttribute(expectAttribute);
    if (label) expected.set(field.id, label);
  }
  return { page, expected };
}
