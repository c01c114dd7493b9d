import type { SiteAdapter } from './types';

/** Interfolio Dossier / Faculty Search applications: letter requests name other people. */
export const interfolio: SiteAdapter = {
  id: 'interfolio',
  name: 'Interfolio',
  hosts: [/(^|\.)interfolio\.com$/],
  markers: [/interfolio/i],
  structure: [/^(letter_writer|recommender)_/, /^applicant\[/],
  minMatches: 2,
  fields: [
    { key: /^(letter_writer|recommender)_/, target: 'leave:otherPerson', note: 'a letter writer' },
    { key: /^applicant\[first_name\]$/, target: 'name.given' },
    { key: /^applicant\[last_name\]$/, target: 'name.family' },
    { key: /^applicant\[email\]$/, target: 'email' },
  ],
};
