/**
 * The closed vocabulary of what a form field can ask for. Every table over it is typed `Record<FieldKind, …>`,
 * so adding a kind here is a compile error until every table handles it.
 *
 * Fillable kinds name one profile fact; the `LEAVE_ALONE` reasons name fields Vitae recognises and deliberately
 * never fills (so the report can say why).
 */

/**
 * Each group's kinds, with the label a person reads; a kind's group is the block it stands in. Order matters:
 * `FIELD_KIND_LIST` (the site-rule picker) lists the kinds in this order.
 */
const KINDS_BY_GROUP = {
  identity: {
    'name.full': 'Full name',
    'name.given': 'Given name',
    'name.middle': 'Middle name',
    'name.family': 'Family name',
    'name.preferred': 'Preferred name',
    'name.native': 'Name in native script',
    'name.honorific': 'Title (Dr./Prof.)',
    'name.pronouns': 'Pronouns',
  },
  contact: {
    email: 'Email',
    'email.confirm': 'Confirm email',
    // Emails by kind (issue #13): "Personal email", "Work / institutional email", "Alternative email".
    'email.personal': 'Personal email',
    'email.work': 'Work email',
    'email.alternative': 'Alternative email',
    phone: 'Phone',
    'phone.countryCode': 'Phone country code',
    'phone.national': 'Phone number (national)',
    'phone.extension': 'Phone extension',
    'address.line1': 'Address line 1',
    'address.line2': 'Address line 2',
    'address.city': 'City',
    'address.region': 'State / region',
    'address.postalCode': 'Postal code',
    'address.country': 'Country',
    /** One free-text "Location" box (Lever, Greenhouse): "City, Country". */
    'address.location': 'Location (city, country)',
    /** One textarea for the whole postal address ("Correspondence address"), as lines. */
    'address.full': 'Postal address',
  },
  /** Academic identity: each as a URL or as a bare id, chosen by the field. */
  links: {
    homepage: 'Homepage',
    'orcid.url': 'ORCID (URL)',
    'orcid.id': 'ORCID iD',
    'scholar.url': 'Google Scholar (URL)',
    'scholar.id': 'Google Scholar id',
    'dblp.url': 'DBLP (URL)',
    'dblp.id': 'DBLP pid',
    'semanticScholar.url': 'Semantic Scholar (URL)',
    'semanticScholar.id': 'Semantic Scholar id',
    'openReview.url': 'OpenReview (URL)',
    'openReview.id': 'OpenReview id',
    'github.url': 'GitHub (URL)',
    'github.id': 'GitHub username',
    'linkedin.url': 'LinkedIn (URL)',
    'linkedin.id': 'LinkedIn handle',
    /** Row i of a "Websites" section: the homepage, then scholarly profiles, then other links (issue #18). */
    'website.url': 'Website',
  },
  /** Current position. */
  position: {
    'position.title': 'Current position',
    'position.department': 'Department',
    'position.institution': 'Institution / affiliation',
    'position.institutionDomain': 'Institution domain',
    'position.startYear': 'Position start year',
    /** "Career stage" / "Current status": PhD student, Postdoc, Faculty… */
    'position.careerStage': 'Career stage',
  },
  /** Highest degree. */
  degree: {
    'degree.level': 'Highest degree',
    'degree.field': 'Degree field',
    'degree.institution': 'Degree institution',
    'degree.year': 'Degree year',
    'degree.thesisTitle': 'Thesis title',
    'degree.supervisor': 'Thesis supervisor',
  },
  /** Education row i. */
  education: {
    'education.institution': 'School',
    'education.degree': 'Degree',
    'education.field': 'Field of study',
    'education.start': 'Education start',
    'education.end': 'Education end',
  },
  /** Work row i. */
  work: {
    'work.title': 'Job title',
    'work.organisation': 'Employer',
    'work.location': 'Work location',
    'work.start': 'Work start',
    'work.end': 'Work end',
    'work.current': 'Currently working here',
  },
  /** Career and education history row i (OpenReview): positions and degrees together, latest first. */
  history: {
    'history.position': 'History: position',
    'history.institution': 'History: institution',
    'history.domain': 'History: institution domain',
    'history.country': 'History: country',
    'history.start': 'History: start',
    'history.end': 'History: end',
  },
  research: {
    'research.interests': 'Research interests',
    'research.subjectAreas': 'Subject areas',
    /** Keyword row i (OpenReview expertise): one interest per row. */
    'research.keyword': 'Research keyword',
    /** A skills multi-select (Workday): the profile's skills and interests the list offers. */
    skills: 'Skills',
    'bio.short': 'Short bio',
    'bio.long': 'Bio',
    'publications.list': 'Publication list',
    'publications.selected': 'Selected publications',
    'conflicts.people': 'Conflicts of interest (people)',
    'conflicts.domains': 'Conflict domains',
  },
  /** Referee row i (issue #13): the profile's referees in order, never the person's own facts. */
  referees: {
    'referee.name': 'Referee: name',
    'referee.given': 'Referee: given name',
    'referee.family': 'Referee: family name',
    'referee.title': 'Referee: position or title',
    'referee.institution': 'Referee: institution',
    'referee.email': 'Referee: email',
    'referee.phone': 'Referee: phone',
    'referee.relation': 'Referee: relationship to you',
  },
  /** Documents (file inputs). */
  documents: {
    'document.cv': 'CV / résumé',
    'document.researchStatement': 'Research statement',
    'document.teachingStatement': 'Teaching statement',
    'document.diversityStatement': 'Diversity statement',
    'document.coverLetter': 'Cover letter',
    'document.publicationList': 'Publication list (file)',
    'document.transcript': 'Transcript',
  },
} as const;

type KindsByGroup = typeof KINDS_BY_GROUP;
export type FieldGroup = keyof KindsByGroup;
export type FieldKind = { [G in FieldGroup]: keyof KindsByGroup[G] }[FieldGroup];

export const FIELD_KINDS = Object.fromEntries(
  Object.entries(KINDS_BY_GROUP).flatMap(([group, kinds]) =>
    Object.entries(kinds).map(([kind, label]) => [kind, { group, label }]),
  ),
) as { readonly [K in FieldKind]: { readonly group: FieldGroup; readonly label: string } };

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
