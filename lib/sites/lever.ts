import type { SiteAdapter } from './types';

/** Lever postings: one full-name box, `urls[LinkedIn]`-style links, custom cards and EEO selects. */
export const lever: SiteAdapter = {
  id: 'lever',
  name: 'Lever',
  hosts: [/(^|\.)lever\.co$/],
  markers: [/\blever\b/i],
  structure: [/^urls\[/, /^cards\[/, /^eeo\[/, /^org$/, /^resume$/],
  minMatches: 2,
  fields: [
    { key: /^name$/, target: 'name.full' },
    { key: /^email$/, target: 'email' },
    { key: /^phone$/, target: 'phone' },
    { key: /^org$/, target: 'position.institution', note: 'Lever "Current company"' },
    { key: /^location$/, target: 'address.location' },
    { key: /^resume$/, target: 'document.cv' },
    { key: /^urls\[LinkedIn\]$/i, target: 'linkedin.url' },
    { key: /^urls\[GitHub\]$/i, target: 'github.url' },
    { key: /^urls\[(Portfolio|Website|Personal Website)\]$/i, target: 'homepage' },
    { key: /^urls\[Google Scholar\]$/i, target: 'scholar.url' },
    { key: /^urls\[(Twitter|Other)\]$/i, target: 'leave:unknown', note: 'a link Vitae does not keep' },
    { key: /^comments$/, target: 'leave:essay' },
    { key: /^eeo\[gender\]$/, target: 'leave:gender' },
    { key: /^eeo\[race\]$/, target: 'leave:race' },
    { key: /^eeo\[veteran\]$/, target: 'leave:veteran' },
    { key: /^eeo\[disability\w*\]$/, target: 'leave:disability' },
  ],
};
