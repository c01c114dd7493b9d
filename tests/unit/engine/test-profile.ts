/** A fictional researcher for the engine tests. */
import { emptyProfile } from '../../../lib/profile/create';
import type { DocumentMeta, Profile } from '../../../lib/profile/schema';

export function testProfile(): Profile {
  const p = emptyProfile('p-test', 'Academic', '2026-01-01T00:00:00.000Z');
  return {
    ...p,
    name: {
      given: 'Elena',
      middle: 'Maria',
      family: 'van der Meer',
      full: 'Elena van der Meer',
      preferred: 'Lena',
      honorific: 'Dr.',
      pronouns: 'she/her',
      native: 'Elena van der Meer',
    },
    emails: [
      { address: 'elena.vandermeer@inf.example.ch', kind: 'academic', primary: true },
      { address: 'elena.vdm@example.org', kind: 'personal', primary: false },
    ],
    phones: [{ raw: '+41 44 632 11 11', e164: '+41446321111', kind: 'work', primary: true }],
    address: {
      lines: ['Universitätstrasse 6', 'Office CAB F 21'],
      city: 'Zürich',
      region: 'ZH',
      postalCode: '8092',
      country: 'CH',
    },
    links: {
      homepage: 'https://elena.example.org',
      orcid: '0000-0002-1825-0097',
      googleScholar: '6NUn-xYAAAAJ',
      dblp: '227/2109',
      semanticScholar: '1741101',
      openReview: '~Elena_van_der_Meer1',
      github: 'evdmeer',
      linkedin: 'elena-van-der-meer',
      other: [],
    },
    positions: [
      {
        id: 'pos1',
        title: 'Assistant Professor',
        department: 'Department of Computer Science',
        institution: 'ETH Zürich',
        institutionDomain: 'inf.ethz.ch',
        city: 'Zürich',
        country: 'CH',
        start: '2022-09',
        end: 'present',
      },
      {
        id: 'pos2',
        title: 'Postdoctoral Associate',
        institution: 'Massachusetts Institute of Technology',
        institutionDomain: 'mit.edu',
        city: 'Cambridge',
        country: 'US',
        start: '2019-10',
        end: '2022-08',
      },
    ],
    education: [
      {
        id: 'ed2',
        degree: 'M.Sc.',
        field: 'Computer Science',
        institution: 'Delft University of Technology',
        institutionDomain: 'tudelft.nl',
        start: '2013-09',
        end: '2015-08',
        advisors: [],
      },
      {
        id: 'ed1',
        degree: 'Ph.D.',
        field: 'Computer Science',
        institution: 'University of Cambridge',
        institutionDomain: 'cam.ac.uk',
        start: '2015-10',
        end: '2019-09',
        advisors: ['Tomas Lindqvist'],
        thesisTitle: 'Robust Learning under Distribution Shift',
      },
    ],
    interests: ['robust machine learning', 'optimization'],
    keywords: ['distribution shift'],
    bios: [
      {
        id: 'b1',
        name: 'short',
        person: 'third',
        text: 'Elena van der Meer is an assistant professor at ETH Zürich. She works on robust machine learning.',
      },
      {
        id: 'b2',
        name: 'long',
        person: 'third',
        text: 'Elena van der Meer is an assistant professor of computer science at ETH Zürich, where she leads the Robust Learning group. Before that she was a postdoctoral associate at MIT. She received her PhD from the University of Cambridge in 2019. Her research studies how learning systems behave under distribution shift.',
      },
    ],
    publications: [
      {
        id: 'pub1',
        type: 'conference',
        title: 'Certified Robustness under Covariate Shift',
        authors: [
          { name: 'Elena van der Meer', self: true, equalContribution: false, corresponding: false },
          { name: 'Ravi Chandrasekhar', self: false, equalContribution: false, corresponding: false },
        ],
        venue: 'ICML',
        year: 2025,
        status: 'published',
        selected: true,
      },
      {
        id: 'pub2',
        type: 'journal',
        title: 'Shift Happens: A Survey',
        authors: [{ name: 'Elena van der Meer', self: true, equalContribution: false, corresponding: false }],
        venue: 'JMLR',
        year: 2021,
        status: 'published',
        selected: false,
      },
    ],
    relations: [{ id: 'r1', name: 'Tomas Lindqvist', relation: 'advisor', institution: 'University of Cambridge' }],
  };
}

export function testDocuments(): DocumentMeta[] {
  return [
    {
      id: 'doc-cv-old',
      profileId: 'p-test',
      kind: 'cv',
      fileName: 'cv-2024.pdf',
      mimeType: 'application/pdf',
      size: 1000,
      addedAt: '2024-01-01T00:00:00.000Z',
    },
    {
      id: 'doc-cv',
      profileId: 'p-test',
      kind: 'cv',
      fileName: 'cv-2026.pdf',
      mimeType: 'application/pdf',
      size: 1200,
      addedAt: '2026-01-01T00:00:00.000Z',
    },
    {
      id: 'doc-cover',
      profileId: 'p-test',
      kind: 'cover-letter',
      fileName: 'cover.pdf',
      mimeType: 'application/pdf',
      size: 500,
      addedAt: '2026-01-01T00:00:00.000Z',
    },
    ...(
      ['research-statement', 'teaching-statement', 'diversity-statement', 'publication-list', 'transcript'] as const
    ).map((kind): DocumentMeta => ({
      id: `doc-${kind}`,
      profileId: 'p-test',
      kind,
      fileName: `${kind}.pdf`,
      mimeType: 'application/pdf',
      size: 700,
      addedAt: '2026-01-01T00:00:00.000Z',
    })),
    {
      id: 'doc-other-profile',
      profileId: 'p-other',
      kind: 'transcript',
      fileName: 'not-mine.pdf',
      mimeType: 'application/pdf',
      size: 1,
      addedAt: '2027-01-01T00:00:00.000Z',
    },
  ];
}
