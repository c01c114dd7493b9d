/**
 * The closed vocabulary of what a form field can ask for. Every table over it is typed `Record<FieldKind, …>`,
 * so adding a kind here is a compile error until every table handles it.
 *
 * Fillable kinds name one profile fact; the `LEAVE_ALONE` reasons name fields Vitae recognises and deliberately
 * never fills (so the report can say why).
 */
export const FIELD_KINDS = {
  // identity
  'name.full': { group: 'identity', label: 'Full name' },
  'name.given': { group: 'identity', label: 'Given name' },
  'name.middle': { group: 'identity', label: 'Middle name' },
  'name.family': { group: 'identity', label: 'Family name' },
  'name.preferred': { group: 'identity', label: 'Preferred name' },
  'name.native': { group: 'identity', label: 'Name in native script' },
  'name.honorific': { group: 'identity', label: 'Title (Dr./Prof.)' },
  'name.pronouns': { group: 'identity', label: 'Pronouns' },
  // contact
  email: { group: 'contact', label: 'Email' },
  'email.confirm': { group: 'contact', label: 'Confirm email' },
  // Emails by kind (issue #13): "Personal email", "Work / institutional email", "Alternative email".
  'email.personal': { group: 'contact', label: 'Personal email' },
  'email.work': { group: 'contact', label: 'Work email' },
  'email.alternative': { group: 'contact', label: 'Alternative email' },
  phone: { group: 'contact', label: 'Phone' },
  'phone.countryCode': { group: 'contact', label: 'Phone country code' },
  'phone.national': { group: 'contact', label: 'Phone number (national)' },
  'phone.extension': { group: 'contact', label: 'Phone extension' },
  'address.line1': { group: 'contact', label: 'Address line 1' },
  'address.line2': { group: 'contact', label: 'Address line 2' },
  'address.city': { group: 'contact', label: 'City' },
  'address.region': { group: 'contact', label: 'State / region' },
  'address.postalCode': { group: 'contact', label: 'Postal code' },
  'address.country': { group: 'contact', label: 'Country' },
  /** One free-text "Location" box (Lever, Greenhouse): "City, Country". */
  'address.location': { group: 'contact', label: 'Location (city, country)' },
  /** One textarea for the whole postal address ("Correspondence address"), as lines. */
  'address.full': { group: 'contact', label: 'Postal address' },
  // academic identity: each as a URL or as a bare id, chosen by the field
  homepage: { group: 'links', label: 'Homepage' },
  'orcid.url': { group: 'links', label: 'ORCID (URL)' },
  'orcid.id': { group: 'links', label: 'ORCID iD' },
  'scholar.url': { group: 'links', label: 'Google Scholar (URL)' },
  'scholar.id': { group: 'links', label: 'Google Scholar id' },
  'dblp.url': { group: 'links', label: 'DBLP (URL)' },
  'dblp.id': { group: 'links', label: 'DBLP pid' },
  'semanticScholar.url': { group: 'links', label: 'Semantic Scholar (URL)' },
  'semanticScholar.id': { group: 'links', label: 'Semantic Scholar id' },
  'openReview.url': { group: 'links', label: 'OpenReview (URL)' },
  'openReview.id': { group: 'links', label: 'OpenReview id' },
  'github.url': { group: 'links', label: 'GitHub (URL)' },
  'github.id': { group: 'links', label: 'GitHub username' },
  'linkedin.url': { group: 'links', label: 'LinkedIn (URL)' },
  'linkedin.id': { group: 'links', label: 'LinkedIn handle' },
  /** Row i of a "Websites" section: the homepage, then scholarly profiles, then other links (issue #18). */
  'website.url': { group: 'links', label: 'Website' },
  // current position
  'position.title': { group: 'position', label: 'Current position' },
  'position.department': { group: 'position', label: 'Department' },
  'position.institution': { group: 'position', label: 'Institution / affiliation' },
  'position.institutionDomain': { group: 'position', label: 'Institution domain' },
  'position.startYear': { group: 'position', label: 'Position start year' },
  /** "Career stage" / "Current status": PhD student, Postdoc, Faculty… */
  'position.careerStage': { group: 'position', label: 'Career stage' },
  // highest degree
  'degree.level': { group: 'degree', label: 'Highest degree' },
  'degree.field': { group: 'degree', label: 'Degree field' },
  'degree.institution': { group: 'degree', label: 'Degree institution' },
  'degree.year': { group: 'degree', label: 'Degree year' },
  'degree.thesisTitle': { group: 'degree', label: 'Thesis title' },
  'degree.supervisor': { group: 'degree', label: 'Thesis supervisor' },
  // education row i
  'education.institution': { group: 'education', label: 'School' },
  'education.degree': { group: 'education', label: 'Degree' },
  'education.field': { group: 'education', label: 'Field of study' },
  'education.start': { group: 'education', label: 'Education start' },
  'education.end': { group: 'education', label: 'Education end' },
  // work row i
  'work.title': { group: 'work', label: 'Job title' },
  'work.organisation': { group: 'work', label: 'Employer' },
  'work.location': { group: 'work', label: 'Work location' },
  'work.start': { group: 'work', label: 'Work start' },
  'work.end': { group: 'work', label: 'Work end' },
  'work.current': { group: 'work', label: 'Currently working here' },
  // career and education history row i (OpenReview): positions and degrees together, latest first
  'history.position': { group: 'history', label: 'History: position' },
  'history.institution': { group: 'history', label: 'History: institution' },
  'history.domain': { group: 'history', label: 'History: institution domain' },
  'history.country': { group: 'history', label: 'History: country' },
  'history.start': { group: 'history', label: 'History: start' },
  'history.end': { group: 'history', label: 'History: end' },
  // research
  'research.interests': { group: 'research', label: 'Research interests' },
  'research.subjectAreas': { group: 'research', label: 'Subject areas' },
  /** Keyword row i (OpenReview expertise): one interest per row. */
  'research.keyword': { group: 'research', label: 'Research keyword' },
  /** A skills multi-select (Workday): the profile's skills and interests the list offers. */
  skills: { group: 'research', label: 'Skills' },
  'bio.short': { group: 'research', label: 'Short bio' },
  'bio.long': { group: 'research', label: 'Bio' },
  'publications.list': { group: 'research', label: 'Publication list' },
  'publications.selected': { group: 'research', label: 'Selected publications' },
  'conflicts.people': { group: 'research', label: 'Conflicts of interest (people)' },
  'conflicts.domains': { group: 'research', label: 'Conflict domains' },
  // referee row i (issue #13): the profile's referees in order, never the person's own facts
  'referee.name': { group: 'referees', label: 'Referee: name' },
  'referee.given': { group: 'referees', label: 'Referee: given name' },
  'referee.family': { group: 'referees', label: 'Referee: family name' },
  'referee.title': { group: 'referees', label: 'Referee: position or title' },
  'referee.institution': { group: 'referees', label: 'Referee: institution' },
  'referee.email': { group: 'referees', label: 'Referee: email' },
  'referee.phone': { group: 'referees', label: 'Referee: phone' },
  'referee.relation': { group: 'referees', label: 'Referee: relationship to you' },
  // documents (file inputs)
  'document.cv': { group: 'documents', label: 'CV / résumé' },
  'document.researchStatement': { group: 'documents', label: 'Research statement' },
  'document.teachingStatement': { group: 'documents', label: 'Teaching statement' },
  'document.diversityStatement': { group: 'documents', label: 'Diversity statement' },
  'document.coverLetter': { group: 'documents', label: 'Cover letter' },
  'document.publicationList': { group: 'documents', label: 'Publication list (file)' },
  'document.transcript': { group: 'documents', label: 'Transcript' },
} as const satisfies Record<string, { group: string; label: string }>;

export type FieldKind = keyof typeof FIELD_KINDS;
export type FieldGroup = (typeof FIELD_KINDS)[FieldKind]['group'];
export const FIELD_KIND_LIST = Object.keys(FIELD_KINDS) as FieldKind[];

export function isFieldKind(value: string): value is FieldKind {
  return Object.prototype.hasOwnProperty.call(FIELD_KINDS, value);
}

/** A kind in the person's words ("Email"); a name outside the vocabulary is shown as it is. */
export function kindLabel(kind: string): string {
  return isFieldKind(kind) ? FIELD_KINDS[kind].label : kind;
}

/** Fields Vitae recognises and never fills, with the reason shown to the user. */
export const LEAVE_ALONE = {
  password: 'a password',
  username: 'a username for this site',
  captcha: 'a captcha',
  payment: 'payment card details',
  nationalId: 'a national id or passport number',
  citizenship: 'nationality or citizenship (Vitae does not store it; the country you live in is not it)',
  dateOfBirth: 'a date of birth',
  gender: 'gender (demographic questions are yours to answer)',
  race: 'race or ethnicity (demographic questions are yours to answer)',
  veteran: 'veteran status (demographic questions are yours to answer)',
  disability: 'disability status (demographic questions are yours to answer)',
  salary: 'salary expectations',
  referral: '"how did you hear about us"',
  legal: 'a legal or immigration question (authorisation to work, visa sponsorship): yours to answer',
  question: "an employer's screening question: yours to answer (Vitae keeps no answers for these yet)",
  essay: 'a free-text answer only you can write',
  otherPerson: 'about another person (referee, co-author, manager)',
  consent: 'a consent or terms checkbox',
  honeypot: 'a hidden trap field',
  oneTimeCode: 'a one-time verification code',
  userIgnored: 'a field you told Vitae to ignore on this site',
  search: 'a search box',
  unknown: 'not recognised',
} as const;
export type LeaveAloneReason = keyof typeof LEAVE_ALONE;

/** Document kinds a file field may take, keyed by the field kind. */
export const DOCUMENT_FIELD_KINDS = {
  'document.cv': 'cv',
  'document.researchStatement': 'research-statement',
  'document.teachingStatement': 'teaching-statement',
  'document.diversityStatement': 'diversity-statement',
  'document.coverLetter': 'cover-letter',
  'document.publicationList': 'publication-list',
  'document.transcript': 'transcript',
} as const satisfies Partial<Record<FieldKind, string>>;
