/** File inputs: the newest stored document of the kind the field asks for. */
import { DOCUMENT_FIELD_KINDS, FIELD_KINDS } from '../../fields/kinds';
import { none, type Answer, type AnswerQuery, type AnswerTable } from './answer';

type DocumentKind = keyof typeof DOCUMENT_FIELD_KINDS;

function documentAnswer({ kind, profile, documents }: AnswerQuery<DocumentKind>): Answer {
  const docKind = DOCUMENT_FIELD_KINDS[kind];
  const doc = documents
    .filter((d) => d.kind === docKind && d.profileId === profile.id)
    .sort((a, b) => b.addedAt.localeCompare(a.addedAt))[0];
  return doc ? { kind: 'file', document: doc } : none(`no stored ${FIELD_KINDS[kind].label.toLowerCase()}`);
}

export const DOCUMENT_ANSWERS = {
  'document.cv': documentAnswer,
  'document.researchStatement': documentAnswer,
  'document.teachingStatement': documentAnswer,
  'document.diversityStatement': documentAnswer,
  'document.coverLetter': documentAnswer,
  'document.publicationList': documentAnswer,
  'document.transcript': documentAnswer,
} satisfies Partial<AnswerTable>;
