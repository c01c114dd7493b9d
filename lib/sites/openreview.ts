import type { SiteAdapter } from './types';

/** OpenReview profile (openreview-web, React/Next): link inputs carry ids like `gscholar_url`, no name/type. */
export const openreview: SiteAdapter = {
  id: 'openreview',
  name: 'OpenReview',
  hosts: [/(^|\.)openreview\.net$/],
  markers: [/openreview/i],
  structure: [
    /^homepage_url$/,
    /^gscholar_url$/,
    /^dblp_url$/,
    /^orcid_url$/,
    /^semanticScholar_url$/,
    /^linkedin_url$/,
  ],
  minMatches: 3,
  fields: [
    { key: /^homepage_url$/, target: 'homepage' },
    { key: /^gscholar_url$/, target: 'scholar.url' },
    { key: /^dblp_url$/, target: 'dblp.url' },
    { key: /^orcid_url$/, target: 'orcid.url' },
    { key: /^linkedin_url$/, target: 'linkedin.url' },
    { key: /^semanticScholar_url$/, target: 'semanticScholar.url' },
    { key: /^(wikipedia_url|aclanthology_url)$/, target: 'leave:unknown', note: 'a link Vitae does not keep' },
    { label: /^full name$/, target: 'name.full' },
    // Career & Education History rows (positions and degrees together, issue #13): react-select boxes known by
    // their placeholders.
    { label: /^choose or type a position$/, target: 'history.position' },
    { label: /^choose or type an institution$/, target: 'history.institution' },
    { label: /^choose or type an institution domain$/, target: 'history.domain' },
    { label: /^(choose or type a )?country ?\/? ?region$|^choose a country$/, target: 'history.country' },
    { label: /^start year$/, target: 'history.start' },
    { label: /^end year$/, target: 'history.end' },
    { label: /^search openreview/, target: 'leave:search', note: 'the navbar search' },
    { label: /^(year of birth|birth year)$/, target: 'leave:dateOfBirth' },
  ],
};
