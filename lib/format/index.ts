/**
 * `lib/format` is the home of Vitae's quick-copy texts and citation styles: bios (bio.ts), publication lists in
 * every style (publications.ts over the CSL engine in citation-styles.ts and csl.ts; the one table of style labels
 * is PUBLICATION_STYLE_LABELS in publications-select.ts), conflict-of-interest lists (conflicts.ts), the popup's
 * fill report in the person's words (fill-report.ts) and the snippets of the popup's search (snippets.ts).
 * A field's value for a form is shaped elsewhere (lib/engine/plan.ts, lib/values).
 *
 * This file answers the quick-copy formats of `profile.export` (publications, conflicts, bio): the same strings
 * the popup copies.
 */
import type { ExportRequest, ExportResponse } from '../messaging/protocol';
import type { Profile } from '../profile/schema';
import { draftBio } from './bio';
import { CONFLICT_STYLES, formatConflicts } from './conflicts';
import { formatPublicationList } from './publications';
import { PUBLICATION_STYLES } from './publications-select';

export type QuickCopyRequest = Extract<ExportRequest, { format: 'publications' | 'conflicts' | 'bio' }>;

function fail(error: string): ExportResponse {
  return { ok: false, error };
}

/** Answer a quick-copy export. `now` anchors the conflict window (today unless a test fixes it). */
export function exportQuickCopy(profile: Profile, request: QuickCopyRequest, now = new Date()): ExportResponse {
  switch (request.format) {
    case 'publications': {
      if (!PUBLICATION_STYLES.includes(request.style)) {
        return fail(`Unknown publication style: ${String(request.style)} (one of ${PUBLICATION_STYLES.join(', ')})`);
      }
      return { ok: true, data: formatPublicationList(profile, request.style, request.filters ?? {}).text };
    }
    case 'conflicts': {
      if (!CONFLICT_STYLES.includes(request.style)) {
        return fail(`Unknown conflict style: ${String(request.style)} (one of ${CONFLICT_STYLES.join(', ')})`);
      }
      if (request.months !== undefined && !(Number.isFinite(request.months) && request.months > 0)) {
        return fail('months must be a positive number');
      }
      return { ok: true, data: formatConflicts(profile, request.style, { months: request.months, now }) };
    }
    case 'bio': {
      if (request.person !== undefined && request.person !== 'first' && request.person !== 'third') {
        return fail(`person must be 'first' or 'third'`);
      }
      if (request.words !== undefined && !(Number.isFinite(request.words) && request.words >= 10)) {
        return fail('words must be a number of at least 10');
      }
      return {
        ok: true,
        data: draftBio(profile, {
          ...(request.words !== undefined ? { words: request.words } : {}),
          ...(request.person ? { person: request.person } : {}),
        }),
      };
    }
  }
}
