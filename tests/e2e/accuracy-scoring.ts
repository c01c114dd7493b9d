/**
 * Fill accuracy through the built extension (issue #12): a fictional person with every identity fact, one
 * `fill.tab` per page, then what each visible labelled field received, named by the profile fact it equals. Used by
 * `npm run bench:accuracy` (the DuckDuckGo corpus and our own pages) and by tests/e2e/fill-accuracy.test.ts.
 *
 * Pages label their fields the corpus's way: `data-manual-scoring="firstName"`, `"unknown"`, `"username"`, …
 */
import type { Page } from 'playwright-core';
import { createBackup, serializeBackup } from '../../lib/backup/backup';
import type { FillTabResponse } from '../../lib/messaging/protocol';
import type { Profile } from '../../lib/profile/schema';
import { SAMPLE_PROFILE } from '../../lib/sample/sample-profile';
import type { ExtensionSession } from './harness';

/** A fictional person; the unit sits in the street line, as people type it. */
export const ACCURACY_PROFILE: Profile = {
  ...SAMPLE_PROFILE,
  id: 'bench-marisol-okafor',
  label: 'Accuracy bench',
  name: { given: 'Marisol', middle: 'Renata', family: 'Okafor', full: 'Marisol Renata Okafor' },
  emails: [{ address: 'marisol.okafor@harborview.example', kind: 'personal', primary: true }],
  phones: [{ raw: '+1 206 555 0187', e164: '+12065550187', kind: 'mobile', primary: true }],
  address: {
    lines: ['1200 Harbor View Drive, Suite 300'],
    city: 'Seattle',
    region: 'Washington',
    postalCode: '98101',
    country: 'US',
  },
};

/** The corpus's labels for identity facts, each with the forms a field may show that fact in. */
export const FACT_FORMS: Record<string, string[]> = {
  firstName: ['Marisol'],
  middleName: ['Renata', 'R', 'R.'],
  lastName: ['Okafor'],
  fullName: ['Marisol Renata Okafor', 'Marisol Okafor', 'Marisol R. Okafor'],
  emailAddress: ['marisol.okafor@harborview.example'],
  addressStreet: ['1200 Harbor View Drive, Suite 300', '1200 Harbor View Drive'],
  addressStreet2: ['Suite 300', 'Ste 300', 'Ste. 300'],
  addressCity: ['Seattle'],
  addressProvince: ['Washington', 'WA'],
  addressPostalCode: ['98101'],
  addressCountryCode: ['US', 'USA', 'United States', 'United States of America', 'U.S.A.', 'U.S.'],
};
export const IDENTITY_LABELS = [...Object.keys(FACT_FORMS), 'phone'];

const PHONE_DIGITS = ['12065550187', '2065550187', '1'];

const norm = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/** The fact a received value is, or 'other' (a value that is no fact of the profile). */
export function factOf(value: string): string {
  const v = norm(value);
  if (!v) return '';
  for (const [fact, forms] of Object.entries(FACT_FORMS)) if (forms.some((f) => norm(f) === v)) return fact;
  const digits = v.replace(/\D/g, '');
  if (/^[\d\s()+.-]+$/.test(v) && PHONE_DIGITS.includes(digits)) return 'phone';
  return 'other';
}

export interface FieldReading {
  label: string;
  text: string;
  control: string;
  visible: boolean;
  /** What Vitae wrote here (the option text and value for a select), '' when it did not fill the field. */
  received: string[];
  skipReason: string;
}

/** Runs in the page: every labelled field, whether a person sees it, and what the fill wrote into it. */
function readFields(report: { filled: string[]; skipped: [string, string][] }): FieldReading[] {
  const find = (selector: string): Element | null => {
    if (selector.includes('>>>')) return null;
    try {
      return document.querySelector(selector);
    } catch {
      return null;
    }
  };
  const filled = new Set(report.filled.map(find).filter((e): e is Element => e !== null));
  const reasons = new Map<Element, string>();
  for (const [selector, reason] of report.skipped) {
    const el = find(selector);
    if (el) reasons.set(el, reason);
  }
  const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
  const labelOf = (el: Element): string => {
    const id = el.getAttribute('id');
    const forLabel = id ? document.querySelector(`label[for="${CSS.escape(id)}"]`) : null;
    return clean(
      forLabel?.textContent ||
        el.closest('label')?.textContent ||
        el.getAttribute('aria-label') ||
        el.getAttribute('placeholder') ||
        `name=${el.getAttribute('name') ?? ''} id=${id ?? ''}`,
    ).slice(0, 80);
  };
  return Array.from(document.querySelectorAll('[data-manual-scoring]')).map((el) => {
    const r = el.getBoundingClientRect();
    const disabled = el.matches(':disabled') || el.hasAttribute('readonly');
    const visible =
      !disabled &&
      (el as HTMLElement).checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }) &&
      r.width >= 4 &&
      r.height >= 4;
    let received: string[] = [];
    if (filled.has(el)) {
      if (el instanceof HTMLSelectElement) {
        const o = el.selectedOptions[0];
        received = o ? [clean(o.text), o.value] : [];
      } else if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) received = [el.value];
      else received = [clean(el.textContent)];
    }
    return {
      label: el.getAttribute('data-manual-scoring') ?? '',
      text: labelOf(el),
      control: `${el.localName}${el instanceof HTMLInputElement ? `/${el.type}` : ''}`,
      visible,
      received,
      skipReason: reasons.get(el) ?? '',
    };
  });
}

export interface PageScore {
  page: string;
  fields: FieldReading[];
  /** Per field: the fact its value is ('' when empty), and how it counts. */
  outcomes: { field: FieldReading; fact: string; strict: Outcome; lenient: Outcome }[];
  framesThrown: number;
  errors: string[];
}
type Outcome = 'tp' | 'fp' | 'fn' | 'none';

/** The received value's fact: a select counts as the fact its text or its value is. */
function receivedFact(received: string[]): string {
  const facts = received.map(factOf).filter(Boolean);
  return facts.find((f) => f !== 'other') ?? facts[0] ?? '';
}

/** Sign-in: the page asks for a current password and creates nothing (no new-password field, no sign-up name). */
export function isSignIn(page: string, fields: FieldReading[]): boolean {
  if (fields.some((f) => f.label === 'password.new')) return false;
  return !/sign-?up|regist|join|create/i.test(page);
}

export function scoreFields(page: string, fields: FieldReading[], framesThrown = 0, errors: string[] = []): PageScore {
  const signIn = isSignIn(page, fields);
  const outcomes = fields
    .filter((f) => f.visible)
    .map((field) => {
      const fact = receivedFact(field.received);
      let strict: Outcome = 'none';
      if (field.label === 'username OR emailAddress') strict = 'none';
      else if (IDENTITY_LABELS.includes(field.label)) strict = fact === field.label ? 'tp' : fact ? 'fp' : 'fn';
      else strict = fact ? 'fp' : 'none';
      const lenient: Outcome =
        strict === 'fp' && field.label === 'username' && fact === 'emailAddress' && signIn ? 'none' : strict;
      return { field, fact, strict, lenient };
    });
  return { page, fields, outcomes, framesThrown, errors };
}

/** Import the fictional person as the only profile (through the public `profile.import` message). */
export async function importAccuracyProfile(session: Pick<ExtensionSession, 'send'>): Promise<void> {
  const backup = createBackup({
    activeProfileId: ACCURACY_PROFILE.id,
    profiles: [ACCURACY_PROFILE],
    documents: [],
    siteRules: [],
    settings: {},
  });
  const result = await session.send<{ ok: boolean; error?: string }>({
    type: 'profile.import',
    format: 'backup',
    data: serializeBackup(backup),
  });
  if (!result.ok) throw new Error(`Could not import the accuracy profile: ${result.error}`);
}

/** One page through the extension: load it, `fill.tab`, read back every labelled field. */
export async function fillAndScore(
  session: ExtensionSession,
  page: Page,
  url: string,
  name: string,
): Promise<PageScore> {
  await page.goto(url, { waitUntil: 'load', timeout: 15_000 }).catch(() => undefined);
  const tabId = await session.tabIdOf(page);
  const response = await session.send<FillTabResponse>({ type: 'fill.tab', tabId });
  if (!response.ok) return scoreFields(name, [], 0, [response.error]);
  const errors = response.skipped.filter((s) => s.error).map((s) => `${s.selector}: ${s.reason}`);
  const framesThrown = response.skipped.filter((s) => s.error && s.selector.startsWith('frame ')).length;
  const fields = await page.evaluate(readFields, {
    filled: response.filled.filter((f) => f.frameUrl === page.url()).map((f) => f.selector),
    skipped: response.skipped.map((s): [string, string] => [s.selector, s.reason]),
  });
  return scoreFields(name, fields, framesThrown, errors);
}

export interface Totals {
  tp: number;
  fpStrict: number;
  fpLenient: number;
  fn: number;
  strictPrecision: number;
  lenientPrecision: number;
  recall: number;
  perKind: Record<string, { tp: number; fp: number; fn: number; precision: number; recall: number }>;
  framesThrown: number;
}

export function totalsOf(pages: PageScore[]): Totals {
  let tp = 0;
  let fpStrict = 0;
  let fpLenient = 0;
  let fn = 0;
  const perKind: Totals['perKind'] = {};
  const kind = (k: string) => (perKind[k] ??= { tp: 0, fp: 0, fn: 0, precision: 1, recall: 1 });
  for (const p of pages)
    for (const o of p.outcomes) {
      if (o.strict === 'tp') {
        tp++;
        kind(o.field.label).tp++;
      } else if (o.strict === 'fn') {
        fn++;
        kind(o.field.label).fn++;
      } else if (o.strict === 'fp') {
        fpStrict++;
        // A false fill counts against the fact written (the kind Vitae chose wrongly).
        kind(o.fact === 'other' ? `other (in ${o.field.label})` : o.fact).fp++;
        if (IDENTITY_LABELS.includes(o.field.label)) kind(o.field.label).fn++;
      }
      if (o.lenient === 'fp') fpLenient++;
    }
  for (const k of Object.values(perKind)) {
    k.precision = k.tp + k.fp ? k.tp / (k.tp + k.fp) : 1;
    k.recall = k.tp + k.fn ? k.tp / (k.tp + k.fn) : 1;
  }
  return {
    tp,
    fpStrict,
    fpLenient,
    fn,
    strictPrecision: tp + fpStrict ? tp / (tp + fpStrict) : 1,
    lenientPrecision: tp + fpLenient ? tp / (tp + fpLenient) : 1,
    recall: tp + fn + countWrongIdentity(pages) ? tp / (tp + fn + countWrongIdentity(pages)) : 1,
    perKind,
    framesThrown: pages.reduce((n, p) => n + p.framesThrown, 0),
  };
}

/** An identity field given another fact's value is a false fill and also a miss of its own fact. */
function countWrongIdentity(pages: PageScore[]): number {
  let n = 0;
  for (const p of pages)
    for (const o of p.outcomes) if (o.strict === 'fp' && IDENTITY_LABELS.includes(o.field.label)) n++;
  return n;
}
