/**
 * Every message between background, popup, options and content scripts, typed at both ends.
 *
 * `profile.import`, `profile.export` and `fill.tab` are also the public automation interface that outside test
 * suites drive: their shapes are a contract. Add fields only as optional; never rename.
 */
import type { FillStep, PageDescription } from '../engine/types';
import type { FieldFix, MissingField } from '../import/required';
import type { SentField } from './compact-fields';
import type { DocumentKind, DocumentMeta, Profile } from '../profile/schema';
import type { ImportFormat, ImportSummary } from '../import/formats';
import type { PublicationFilters, PublicationStyle } from '../format/publication-style';
import type { Settings } from '../settings/settings';
import type { SiteRule } from '../sites/site-rule';

export type Failure = { ok: false; error: string };

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

/** `profileId`: the profile to export (the active one when absent; a backup always holds every profile). */
export type ExportRequest = { type: 'profile.export'; profileId?: string } & (
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
  /**
   * Ready the import parser before a person's import (issue #16): the Import panel sends it when it opens, and with
   * the file's name when a file is picked (that format's parser loads). Parses nothing.
   */
  'import.prepare': { request: { type: 'import.prepare'; fileName?: string }; response: { ok: true } };
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
  /** `profilePerSite` (settings.profilePerSite) lets the popup name the profile Fill will use on the current site. */
  'profile.list': {
    request: { type: 'profile.list' };
    response: { ok: true; profiles: ProfileListEntry[]; profilePerSite?: Record<string, string> } | Failure;
  };
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
    /** Fields without their empty values or what the field before said (compactFields; read with expandFields). */
    response: Omit<PageDescription, 'fields'> & { fields: SentField[]; partial?: boolean };
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
      /**
       * Then watch for the page's next step (issue #18), as `content.steps` would: in the fill's own message, so
       * that fill.tab answers without another round trip that waits for the page to lay out what it wrote.
       */
      armSteps?: { keepFilling: boolean; shortcut?: string };
    };
    /** `ms`: time spent writing in the page (diagnostics and the benchmark). */
    /** `threw`: the write raised an exception (a bug), rather than the field refusing it. */
    response: {
      results: { fieldId: string; ok: boolean; value?: string; error?: string; threw?: true }[];
      ms?: number;
    };
  };
  /** Show "Filled N fields · Undo" (sent to the top frame only, with the count over all frames). */
  'content.toast': { request: { type: 'content.toast'; filled: number }; response: { ok: true } };
  'content.undo': { request: { type: 'content.undo' }; response: { restored: number } };
  /** After a fill: watch these fields (ids of this frame) for the person's own edits, to offer a rule (issue #7). */
  'content.watch': { request: { type: 'content.watch'; fieldIds: string[] }; response: { watching: number } };
  /**
   * After a fill: watch for the page swapping in its next step without a navigation (issue #18), then fill it
   * (`keepFilling`) or offer to, naming the fill shortcut. For a frame that was sent nothing to write (a written
   * frame is armed by `content.apply`'s `armSteps`).
   */
  'content.steps': {
    request: { type: 'content.steps'; keepFilling: boolean; shortcut?: string };
    response: { ok: true };
  };
}
export type ContentMessageType = keyof ContentProtocol;
export type ContentRequest<T extends ContentMessageType = ContentMessageType> = ContentProtocol[T]['request'];
export type ContentResponse<T extends ContentMessageType = ContentMessageType> = ContentProtocol[T]['response'];
