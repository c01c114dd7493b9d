import type { SiteAdapter } from './types';

/** Greenhouse job boards, classic (`job_application[...]`) and React (`#first_name`, `#school--0`), often embedded. */
export const greenhouse: SiteAdapter = {
  id: 'greenhouse',
  name: 'Greenhouse',
  hosts: [/(^|\.)greenhouse\.io$/],
  markers: [/greenhouse/i],
  structure: [
    /^job_application\[/,
    /^(school|degree|discipline|start-year|end-year)--\d+$/,
    /^question_\d+/,
    /^candidate-location$/,
  ],
  minMatches: 2,
  fields: [
    { key: /^(job_application\[)?first_name\]?$/, target: 'name.given' },
    { key: /^(job_application\[)?last_name\]?$/, target: 'name.family' },
    { key: /^(job_application\[)?preferred_name\]?$/, target: 'name.preferred' },
    { key: /^(job_application\[)?email\]?$/, target: 'email' },
    { key: /^(job_application\[)?phone\]?$/, target: 'phone' },
    // React boards: the country picker belongs to the phone widget.
    { key: /^country$/, label: /^country$/, target: 'phone.countryCode', note: 'phone country picker' },
    { key: /^(job_application\[)?location\]?$|^candidate-location$|^auto_complete_input$/, target: 'address.location' },
    { key: /^(job_application\[)?resume(_text)?\]?$|^resume$/, target: 'document.cv' },
    { key: /^(job_application\[)?cover_letter(_text)?\]?$|^cover_letter$/, target: 'document.coverLetter' },
    { key: /^school--\d+$|\[educations\]\[\]\[school_name(_id)?\]/, target: 'education.institution' },
    { key: /^degree--\d+$|\[educations\]\[\]\[degree(_id)?\]/, target: 'education.degree' },
    { key: /^discipline--\d+$|\[educations\]\[\]\[discipline(_id)?\]/, target: 'education.field' },
    { key: /^start-(year|month)--\d+$|\[educations\]\[\]\[start_date\]/, target: 'education.start' },
    { key: /^end-(year|month)--\d+$|\[educations\]\[\]\[end_date\]/, target: 'education.end' },
    { key: /\[employments\]\[\]\[company_name\]/, target: 'work.organisation' },
    { key: /\[employments\]\[\]\[title\]/, target: 'work.title' },
    { key: /\[employments\]\[\]\[start_date\]/, target: 'work.start' },
    { key: /\[employments\]\[\]\[end_date\]/, target: 'work.end' },
    { key: /\[employments\]\[\]\[current\]/, target: 'work.current' },
    { key: /^(job_application\[)?gender\]?$/, target: 'leave:gender' },
    { key: /^(job_application\[)?(race|hispanic_ethnicity)\]?$/, target: 'leave:race' },
    { key: /^(job_application\[)?veteran_status\]?$/, target: 'leave:veteran' },
    { key: /^(job_application\[)?disability_status\]?$/, target: 'leave:disability' },
  ],
};
