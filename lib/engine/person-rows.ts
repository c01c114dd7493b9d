/** Author tables (issue #13): which row is the person filling the form. */
import type { Decision, PageDescription } from './types';
import type { Profile } from '../profile/schema';

/**
 * Which row of each author table is the person: the row that already holds one of their emails, else a row the
 * page marks as theirs ("(you)", a ticked "corresponding" box), else the first row when the form asks for the
 * submitting author first. A table with none of these has no row for Vitae to fill.
 */
export function personSelfRows(
  page: PageDescription,
  decisions: Decision[],
  profile: Profile,
): Map<string, { row: number; why: string }> {
  const emails = new Set(profile.emails.map((e) => e.address.trim().toLowerCase()));
  const byId = new Map(page.fields.map((f) => [f.id, f]));
  const out = new Map<string, { row: number; why: string }>();
  const rows = decisions.flatMap((d) => (d.kind !== null && d.person ? [{ d, person: d.person }] : []));
  for (const { d, person } of rows) {
    const value = byId.get(d.fieldId)?.value.trim().toLowerCase() ?? '';
    if (d.kind === 'email' && value && emails.has(value))
      out.set(person.block, { row: person.row, why: 'the row that holds your email' });
  }
  for (const { person } of rows) {
    if (out.has(person.block)) continue;
    if (person.marked) out.set(person.block, { row: person.row, why: 'the row marked as yours' });
  }
  for (const { person } of rows) {
    if (out.has(person.block) || !person.submitterFirst) continue;
    const first = Math.min(...rows.filter((r) => r.person.block === person.block).map((r) => r.person.row));
    out.set(person.block, { row: first, why: 'the form asks for the submitting author first' });
  }
  return out;
}
