import type { SiteAdapter } from './types';

/** EasyChair account and author forms. Author blocks other than the submitter are co-authors. */
export const easychair: SiteAdapter = {
  id: 'easychair',
  name: 'EasyChair',
  hosts: [/(^|\.)easychair\.org$/],
  markers: [/easychair/i],
  structure: [/^first_name\d*$/, /^last_name\d*$/, /^email\d*$/, /^keywords$/, /^abstract$/],
  minMatches: 4,
  fields: [
    { key: /^email2$/, label: /retype|repeat|confirm/, target: 'email.confirm' },
    { key: /^keywords$/, target: 'research.interests', note: 'EasyChair keywords, one per line' },
    { key: /^abstract$/, target: 'leave:essay', note: 'a paper abstract' },
    { key: /^title$/, target: 'leave:essay', note: 'a paper title' },
    // Author blocks (first_name1, email1, …): numbered person rows; the classifier's person-row pass decides which
    // one is the person filling the form (issue #13), every other row is a co-author's.
    {
      key: /^(first_name|last_name|email|country|affiliation|url)\d+$/,
      target: 'leave:otherPerson',
      note: 'an author block',
    },
  ],
};
