/**
 * Every message between background, popup, options and content scripts, typed at both ends.
 *
 * `profile.import`, `profile.export` and `fill.tab` are also the public automation interface that outside test
 * suites drive: their shapes are a contract. Add fields only as optional; never rename.
 */
import type { FillStep, PageDescription } from '../engine/types';
import type { FieldFix, MissingField } from '../import/required';
import type { CompactField } from './compact-fields';
import type { DocumentKind, DocumentMeta, Profile } from '../profile/schema';

export type Failure = { ok: false; error: string };

export const IMPORT_FORMATS = [
  'json-resume',
  'backup',
  'cv-text',
  'cv-pdf',
  'bibtex',
  'csl-json',
  'orcid-json',
  'dblp-xml',
  'cv-markdown',
  'cv-latex',
  'cv-docx',
  'auto',
  'orcid-id',
  'dblp-pid',
] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/**
 * Formats whose `data` names a public record instead of holding it: an ORCID iD or orcid.org URL ('orcid-id'), a
 * dblp pid or person page URL ('dblp-pid'). The background fetches the record from pub.orcid.org or dblp.org, if
 * that origin's optional host permission is granted (it cannot ask: automation has no user gesture), and imports
 * it as 'orcid-json' or 'dblp-xml'. Each request fetches anew, so a dry run and the import that follows may see
 * different records; to import exactly what was previewed, fetch once and send the record itself.
 */
export const REMOTE_IMPORT_FORMATS = ['orcid-id', 'dblp-pid'] as const satisfies readonly ImportFormat[];
export type RemoteImportFormat = (typeof REMOTE_IMPORT_FORMATS)[number];

export interface ImportRequest {
  type: 'profile.import';
  format: ImportFormat;
  /** Text content. */
  data?: string;
  /** File bytes, base64 (PDFs, files of unknown encoding). */
  base64?: string;
  fileName?: string;
  /** Only preview: answer what would change, store nothing. */
  dryRun?: boolean;
  /** Sections (keys of the summary) the user unticked in the preview. */
  exclude?: string[];
  /** Values typed in the preview for required fields the file left empty (`missing` of the dry run). */
  fixes?: FieldFix[];
}
export type ImportResponse =
  | {
      ok: true;
      summary: ImportSummary;
      warnings: string[];
      /** Imported rows still lacking a field the editor requires; send `fixes` for them. */
      missing?: MissingField[];
    }
  | Failure;

/**
 * Per section: how many items the import adds, changes and keeps. `items` lists the added and changed ones
 * ("added: Ph.D., Tsinghua University (2018)"); `details` gives the labels of each kind, for the preview.
 */
export type ImportSummary = Record<
  string,
  {
    added: number;
    changed: number;
    kept: number;
    items?: string[];
    details?: { added: string[]; changed: string[]; kept: string[] };
  }
>;

export type PublicationStyle = 'plain' | 'markdown' | 'html' | 'bibtex' | 'apa' | 'ieee' | 'acm' | 'chicago';
export interface PublicationFilters {
  fromYear?: number;
  toYear?: number;
  types?: string[];
  selectedOnly?: boolean;
  firstAuthorOnly?: boolean;
  includeInSubmission?: boolean;
  /** Only peer-reviewed work: journal, conference, workshop and chapter, published or accepted (issue #15). */
  peerReviewedOnly?: boolean;
  /** At most this many entries, newest first (issue #15). */
  limit?: number;
  /** "et al." after this many authors. */
  maxAuthors?: number;
  /** How the owner's name is marked where the format allows. */
  ownName?: 'bold' | 'underline' | 'none';
}

export type ExportRequest = { type: 'profile.export' } & (
  | { format: 'json-resume' | 'backup' | 'bibtex' | 'csl-json' }
  | { format: 'publications'; style: PublicationStyle; filters?: PublicationFilters }
  | { format: 'conflicts'; style: 'hotcrp' | 'cmt-domains' | 'nsf-coa-csv'; months?: number }
  | { format: 'bio'; words?: number; person?: 'first' | 'third' }
);
export type ExportResponse = { ok: true; data: string } | Failure;

export interface FilledField {
  frameUrl: string;
  selector: string;
  field: string;
  value: string;
  reason?: string;
}
export interface SkippedReport {
  selector: string;
  reason: string;
  frameUrl?: string;
  /**
   * Set when Vitae itself failed here (an exception in the engine, the content script or the messaging between
   * them), as opposed to a field left alone on purpose: a bug to report, which the fuzzing counts as a violation.
   */
  error?: true;
  /** The field's label as the page shows it ("Position"), for the popup's report (issue #15). */
  label?: string;
  /** The fact Vitae recognised in the field (a FieldKind), when it recognised one. */
  kind?: string;
  /** Left alone on purpose (a LeaveAloneReason: 'password', 'consent', 'gender'…), or 'unknown' when not recognised. */
  leftAlone?: string;
  /** The person cannot see or edit the field (hidden, disabled, covered): not one of the fields Vitae could fill. */
  hidden?: true;
}
export type FillTabResponse =
  | {
      ok: true;
      filled: FilledField[];
      skipped: SkippedReport[];
      total?: number;
      /** Settings.confirmBeforeFill: the person saw the preview and cancelled; nothing was written. */
      cancelled?: true;
    }
  | Failure;

export interface ProfileListEntry {
  id: string;
  label: string;
  name: string;
  affiliation: string;
  active: boolean;
}

export interface Settings {
  /** 'empty-only': never touch a field with a value; 'overwrite': replace values Vitae would fill. */
  overwrite: 'empty-only' | 'overwrite';
  confirmBeforeFill: boolean;
  highlight: 'outline' | 'background' | 'none';
  /** Hosts where Vitae never acts. */
  neverSites: string[];
  defaultBioId?: string;
  defaultCitationStyle: PublicationStyle;
  /** top-site origin → frame origins the user allowed to be filled. */
  allowedFrameOrigins: Record<string, string[]>;
  /** host → profile id. */
  profilePerSite: Record<string, string>;
  /** After a fill, offer "Remember for this site" when the person corrects a field (issue #7). */
  learnCorrections: boolean;
  /**
   * Hosts where the person chose "Keep filling this application" (issue #18): once a fill ran there, each step the
   * page swaps in is filled as it appears, until the tab leaves the page. Empty by default.
   */
  keepFillingSites: string[];
}

export interface SiteRule {
  id: string;
  /** The top page's origin the rule applies to. */
  origin: string;
  /** Stable description of the field (see lib/engine/signature.ts). */
  signature: string;
  /** A field kind, or 'ignore' to leave the field alone. */
  target: string;
  createdAt: string;
  /** A readable label of the field, for the options page. */
  label?: string;
}

/**
 * What the page may offer to remember after the person changed a field of the last fill (issue #7). Names a kind,
 * never a profile value: the person typed the value themselves.
 */
export interface LearnOffer {
  /** A field kind, or 'ignore' to leave the field alone. */
  target: string;
  /** The kind's label ("ORCID iD"); "Leave alone" for 'ignore'. */
  label: string;
  /** The host of the top page the rule would apply to. */
  site: string;
}

/** Messages handled by the background. Request type → response type. */
export interface BackgroundProtocol {
  'profile.import': { request: ImportRequest; response: ImportResponse };
  'profile.export': { request: ExportRequest; response: ExportResponse };
  'fill.tab': {
    request: { type: 'fill.tab'; tabId: number; profileId?: string; overwrite?: boolean };
    response: FillTabResponse;
  };
  'fill.undo': { request: { type: 'fill.undo'; tabId: number }; response: { ok: true; restored: number } | Failure };
  /**
   * From the content script of a filled page whose form swapped in its next step (issue #18): fill the sender's tab
   * as fill.tab does. `keepFilling`: the person chose "Keep filling this application" for this site.
   */
  'fill.step': { request: { type: 'fill.step'; keepFilling?: boolean }; response: FillTabResponse };
  'profile.list': { request: { type: 'profile.list' }; response: { ok: true; profiles: ProfileListEntry[] } | Failure };
  'profile.get': {
    request: { type: 'profile.get'; profileId?: string };
    response: { ok: true; profile: Profile; documents: DocumentMeta[] } | Failure;
  };
  'profile.save': {
    request: { type: 'profile.save'; profile: Profile };
    response: { ok: true; updatedAt: string } | Failure;
  };
  'profile.create': {
    request: { type: 'profile.create'; label: string; copyFrom?: string };
    response: { ok: true; id: string } | Failure;
  };
  'profile.delete': { request: { type: 'profile.delete'; profileId: string }; response: { ok: true } | Failure };
  'profile.activate': { request: { type: 'profile.activate'; profileId: string }; response: { ok: true } | Failure };
  'document.add': {
    request: {
      type: 'document.add';
      profileId?: string;
      kind: DocumentKind;
      fileName: string;
      mimeType: string;
      base64: string;
    };
    response: { ok: true; document: DocumentMeta } | Failure;
  };
  'document.remove': { request: { type: 'document.remove'; documentId: string }; response: { ok: true } | Failure };
  'document.get': {
    request: { type: 'document.get'; documentId: string };
    response: { ok: true; document: DocumentMeta; base64: string } | Failure;
  };
  'settings.get': { request: { type: 'settings.get' }; response: { ok: true; settings: Settings } | Failure };
  'settings.set': {
    request: { type: 'settings.set'; settings: Partial<Settings> };
    response: { ok: true; settings: Settings } | Failure;
  };
  'rules.list': { request: { type: 'rules.list' }; response: { ok: true; rules: SiteRule[] } | Failure };
  'rules.save': {
    request: { type: 'rules.save'; rule: Omit<SiteRule, 'id' | 'createdAt'> & { id?: string } };
    response: { ok: true; rule: SiteRule } | Failure;
  };
  'rules.delete': { request: { type: 'rules.delete'; ruleId: string }; response: { ok: true } | Failure };
  /**
   * From the content script of a filled page: the person changed field `fieldId` (an id of the last fill, in the
   * sender's frame) to `value`; is there a rule to offer? The background finds the field, origin and signature itself.
   */
  'rules.suggest': {
    request: { type: 'rules.suggest'; fieldId: string; value: string };
    response: { ok: true; offer: LearnOffer | null } | Failure;
  };
  /** From the content script: the person accepted the offer for `fieldId`; `target` must be the one offered. */
  'rules.learn': {
    request: { type: 'rules.learn'; fieldId: string; target: string };
    response: { ok: true } | Failure;
  };
  'data.wipe': { request: { type: 'data.wipe'; confirm: 'DELETE' }; response: { ok: true } | Failure };
  /**
   * Insert one "Insert from Vitae" snippet into the focused field of a frame: what the context-menu click does.
   * `snippetId` is a menu item id (`bio:<id>`, `bio-draft:100:third`, `publications:ieee`, `link:orcid:url`).
   */
  'snippet.insert': {
    request: { type: 'snippet.insert'; tabId: number; frameId?: number; snippetId: string };
    response: { ok: true; inserted: boolean; reason?: string } | Failure;
  };
}

export type BackgroundMessageType = keyof BackgroundProtocol;
export type BackgroundRequest<T extends BackgroundMessageType = BackgroundMessageType> =
  BackgroundProtocol[T]['request'];
export type BackgroundResponse<T extends BackgroundMessageType = BackgroundMessageType> =
  BackgroundProtocol[T]['response'];

/** Messages the background sends to the content script in one frame. */
export interface ContentProtocol {
  /** Is an agent already listening in this frame? (No answer: inject the content script.) */
  'content.ping': { request: { type: 'content.ping' }; response: { ready: true } };
  /**
   * Describe the frame. `firstScreen`: on a long page, only the fields in view, so their values come first
   * (issue #16); `partial` in the answer says the rest is left for a full collect.
   */
  'content.collect': {
    request: { type: 'content.collect'; firstScreen?: boolean };
    /** Fields without their empty values (lib/messaging/compact-fields.ts). */
    response: Omit<PageDescription, 'fields'> & { fields: CompactField[]; partial?: boolean };
  };
  'content.apply': {
    request: {
      type: 'content.apply';
      steps: FillStep[];
      /** Bytes of the documents this frame's attach-file steps name, by document id; nothing else. */
      files?: Record<string, { base64: string; mimeType: string }>;
      /** How filled fields are marked (Settings.highlight); default 'outline'. */
      highlight?: Settings['highlight'];
      /** Add to the current fill's undo log and highlights instead of starting a new fill (rows added later). */
      keepUndo?: boolean;
      /**
       * After writing, watch these fields (ids of this frame) for the person's own edits (issue #7), in the same
       * message rather than a `content.watch` after it. The background's record decides what may be learned.
       */
      watch?: string[];
      /** The top frame is the only frame filled: show "Filled N fields · Undo" itself, N counted since the fill began. */
      toast?: boolean;
    };
    /** `ms`: time spent writing in the page (diagnostics and the benchmark). */
    /** `threw`: the write raised an exception (a bug), rather than the field refusing it. */
    response: {
      results: { fieldId: string; ok: boolean; value?: string; error?: string; threw?: true }[];
      ms?: number;
    };
  };
  /**
   * Settings.confirmBeforeFill: show what will be filled (the field's label and the value, nothing else of the
   * profile) and wait for the person's answer. Sent to one frame, before any value is written.
   */
  'content.confirm': {
    request: { type: 'content.confirm'; items: { label: string; value: string }[] };
    response: { confirmed: boolean };
  };
  /** Show "Filled N fields · Undo" (sent to the top frame only, with the count over all frames). */
  'content.toast': { request: { type: 'content.toast'; filled: number }; response: { ok: true } };
  'content.undo': { request: { type: 'content.undo' }; response: { restored: number } };
  /** After a fill: watch these fields (ids of this frame) for the person's own edits, to offer a rule (issue #7). */
  'content.watch': { request: { type: 'content.watch'; fieldIds: string[] }; response: { watching: number } };
  /**
   * After a fill: watch for the page swapping in its next step without a navigation (issue #18), then fill it
   * (`keepFilling`) or offer to, naming the fill shortcut.
   */
  'content.steps': {
    request: { type: 'content.steps'; keepFilling: boolean; shortcut?: string };
    response: { ok: true };
  };
}
export type ContentMessageType = keyof ContentProtocol;
export type ContentRequest<T extends ContentMessageType = ContentMessageType> = ContentProtocol[T]['request'];
export type ContentResponse<T extends ContentMessageType = ContentMessageType> = ContentProtocol[T]['response'];

export const DEFAULT_SETTINGS: Settings = {
  overwrite: 'empty-only',
  confirmBeforeFill: false,
  highlight: 'outline',
  neverSites: [],
  defaultCitationStyle: 'ieee',
  allowedFrameOrigins: {},
  profilePerSite: {},
  learnCorrections: true,
  keepFillingSites: [],
};
