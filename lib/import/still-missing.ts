/**
 * After an import: what the profile still lacks that forms often ask for, each with the options page section where
 * it is added (issue #14, "still missing" checklist). Pure.
 */
import type { Profile } from '../profile/schema';

export interface MissingFact {
  /** What is missing, as a person would say it: "A current position". */
  label: string;
  /** The options page section (`#/<section>`) where it is added. */
  section: 'basics' | 'links' | 'positions' | 'education' | 'bios' | 'publications';
}

export function stillMissing(profile: Profile): MissingFact[] {
  const missing: MissingFact[] = [];
  const add = (label: string, section: MissingFact['section']) => missing.push({ label, section });
  if (!profile.positions.some((p) => p.end === undefined || p.end === 'present'))
    add('A current position', 'positions');
  if (!profile.emails.length) add('An email address', 'basics');
  if (!profile.links.orcid) add('Your ORCID iD', 'links');
  if (!profile.links.googleScholar) add('Your Google Scholar profile', 'links');
  if (!profile.links.dblp) add('Your DBLP pid', 'links');
  if (!profile.education.length) add('Your education', 'education');
  if (!profile.publications.length) add('Your publications', 'publications');
  if (!profile.bios.some((b) => b.text.trim())) add('A bio', 'bios');
  return missing;
}
