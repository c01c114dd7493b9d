/**
 * Scoring the classifier against labelled pages: our fixtures (`data-expect="name.given"`,
 * `data-expect="leave:password"`, rows as `education.institution#1`) and the DuckDuckGo corpus
 * (`data-manual-scoring="firstName"`), mapped onto Vitae's kinds.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { classifyPage } from '../../../lib/engine/classify';
import type { Decision, FieldDescriptor } from '../../../lib/engine/types';
import { collectFromHtml } from './collect-html';

export interface Expectation {
  /** Kinds that count as right; empty when the field must be left alone. */
  kinds: string[];
  row?: number;
  /** Leave-alone is also right (ambiguous labels such as "username OR emailAddress"). */
  leaveOk: boolean;
  /** Counted in recall (a fillable field the engine should find). */
  countsForRecall: boolean;
}

export interface FieldResult {
  field: FieldDescriptor;
  label: string;
  expectation: Expectation;
  decision: Decision | undefined;
  correct: boolean;
  filled: boolean;
}

export interface PageResult {
  page: string;
  results: FieldResult[];
  tp: number;
  fp: number;
  fn: number;
  expectedFill: number;
}

/** Corpus label → Vitae kinds. Everything else (passwords, usernames, cards, birthdays, unknown) must be left alone. */
export const CORPUS_LABELS: Record<string, string[]> = {
  firstName: ['name.given'],
  middleName: ['name.middle'],
  lastName: ['name.family'],
  fullName: ['name.full'],
  emailAddress: ['email', 'email.confirm'],
  phone: ['phone', 'phone.national', 'phone.countryCode'],
  addressStreet: ['address.line1'],
  addressStreet2: ['address.line2'],
  addressCity: ['address.city'],
  addressProvince: ['address.region'],
  addressPostalCode: ['address.postalCode'],
  addressCountryCode: ['address.country'],
};

export function corpusExpectation(label: string): Expectation {
  const kinds = CORPUS_LABELS[label];
  if (kinds) return { kinds, leaveOk: false, countsForRecall: true };
  if (label === 'username OR emailAddress')
    return { kinds: ['email', 'email.confirm'], leaveOk: true, countsForRecall: false };
  return { kinds: [], leaveOk: true, countsForRecall: false };
}

export function fixtureExpectation(label: string): Expectation {
  if (label.startsWith('leave:')) return { kinds: [], leaveOk: true, countsForRecall: false };
  const [kind = '', row] = label.split('#');
  return { kinds: [kind], ...(row ? { row: Number(row) } : {}), leaveOk: false, countsForRecall: true };
}

export function scorePage(
  name: string,
  html: string,
  options: { url?: string; expectAttribute: string; expectation: (label: string) => Expectation },
): PageResult {
  const { page, expected } = collectFromHtml(html, { url: options.url, expectAttribute: options.expectAttribute });
  const decisions = classifyPage(page, {});
  const byId = new Map(decisions.map((d) => [d.fieldId, d]));
  const results: FieldResult[] = [];
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let expectedFill = 0;
  for (const field of page.fields) {
    const label = expected.get(field.id);
    if (label === undefined) continue;
    const expectation = options.expectation(label);
    const decision = byId.get(field.id);
    const filled = decision !== undefined && decision.kind !== null;
    let correct: boolean;
    if (filled) {
      correct =
        expectation.kinds.includes(decision.kind) &&
        (expectation.row === undefined || expectation.row === decision.row);
      if (correct) tp++;
      else fp++;
    } else correct = expectation.leaveOk;
    if (expectation.countsForRecall) {
      expectedFill++;
      if (!(filled && correct)) fn++;
    }
    results.push({ field, label, expectation, decision, correct, filled });
  }
  return { page: name, results, tp, fp, fn, expectedFill };
}

export function fixturesDir(root: string): string {
  return join(root, 'tests', 'fixtures', 'forms');
}

export function scoreFixtures(root: string): PageResult[] {
  const dir = fixturesDir(root);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((file) => {
      const html = readFileSync(join(dir, file), 'utf8');
      const url = /<meta name="vitae-fixture-url" content="([^"]+)"/.exec(html)?.[1];
      return scorePage(file, html, { url, expectAttribute: 'data-expect', expectation: fixtureExpectation });
    });
}

export function scoreCorpus(dir: string): PageResult[] {
  const indexPath = join(dir, 'index.json');
  const files = existsSync(indexPath)
    ? (JSON.parse(readFileSync(indexPath, 'utf8')) as { html: string }[]).map((e) => e.html)
    : readdirSync(dir).filter((f) => f.endsWith('.html'));
  return files
    .filter((f) => existsSync(join(dir, f)))
    .map((file) =>
      scorePage(file, readFileSync(join(dir, file), 'utf8'), {
        url: 'https://example.com/',
        expectAttribute: 'data-manual-scoring',
        expectation: corpusExpectation,
      }),
    );
}

export function totals(pages: PageResult[]): { tp: number; fp: number; fn: number; precision: number; recall: number } {
  const tp = pages.reduce((n, p) => n + p.tp, 0);
  const fp = pages.reduce((n, p) => n + p.fp, 0);
  const fn = pages.reduce((n, p) => n + p.fn, 0);
  const expected = pages.reduce((n, p) => n + p.expectedFill, 0);
  return { tp, fp, fn, precision: tp + fp ? tp / (tp + fp) : 1, recall: expected ? (expected - fn) / expected : 1 };
}
