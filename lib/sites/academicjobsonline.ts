import type { SiteAdapter } from './types';

/**
 * AcademicJobsOnline cover sheet: the applicant's data, uploads per document type, and reference writers
 * (always someone else).
 */
export const academicjobsonline: SiteAdapter = {
  id: 'academicjobsonline',
  name: 'AcademicJobsOnline',
  hosts: [/(^|\.)academicjobsonline\.org$/],
  markers: [/academicjobsonline|academic jobs online/i],
  structure: [/^(ref|reference)_?\d*_?(name|email)/i, /^doc_?(cv|cover|research|teaching|publist)/i],
  minMatches: 2,
  fields: [
    {
      key: /^(ref|reference|refer)_?\d*_?(name|first|last|email|institution|title|phone|position)/i,
      target: 'leave:otherPerson',
      note: 'a reference writer',
    },
    { key: /^doc_?cv$/i, target: 'document.cv' },
    { key: /^doc_?cover/i, target: 'document.coverLetter' },
    { key: /^doc_?research/i, target: 'document.researchStatement' },
    { key: /^doc_?teaching/i, target: 'document.teachingStatement' },
    { key: /^doc_?(publist|publications)/i, target: 'document.publicationList' },
    { key: /^doc_?diversity/i, target: 'document.diversityStatement' },
  ],
};
