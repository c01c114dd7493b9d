/**
 * The background's answer to every message of lib/messaging/protocol.ts. Thin: validation and logic live in lib/,
 * storage in repository.ts, filling in fill.ts.
 */
import { createBackup, serializeBackup, type Backup } from '../lib/backup/backup';
import { base64ToBytes, bytesToBase64 } from '../lib/encoding/base64';
import { exportProfile } from '../lib/export';
import { mergeIntoProfile } from '../lib/import/merge';
import type { BackgroundHandlers } from './messaging';
import type { ImportRequest, ImportResponse } from '../lib/messaging/protocol';
import { IMPORT_FORMATS, REMOTE_IMPORT_FORMATS, type RemoteImportFormat } from '../lib/import/formats';
import { fetchFailureMessage, parseDblpInput, parseOrcidInput } from '../lib/import/remote';
import { browserRemoteAccess, type RemoteAccess } from './remote-import';
import type { Repository } from './repository';
import { fillTab, undoTab } from './fill';
import { keepFillingSite, stepArmed } from './steps';
import { learning } from './learn';
import { insertSnippet } from './context-menu-insert';
import { parseImportLazily, readyImportParser } from './import-parser';

const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export async function makeBackup(repo: Repository): Promise<Backup> {
  const list = await repo.listProfiles();
  const profiles = await Promise.all(list.map((p) => repo.getProfile(p.id)));
  const documents = [];
  for (const p of list) {
    for (const meta of await repo.listDocuments(p.id)) {
      const row = await repo.getDocument(meta.id);
      if (!row) continue;
      documents.push({ ...meta, base64: bytesToBase64(new Uint8Array(await row.blob.arrayBuffer())) });
    }
  }
  return createBackup({
    activeProfileId: await repo.activeProfileId(),
    profiles,
    documents,
    siteRules: await repo.listRules(),
    settings: await repo.getSettings(),
  });
}

const isRemoteFormat = (format: string): format is RemoteImportFormat =>
  (REMOTE_IMPORT_FORMATS as readonly string[]).includes(format);

/**
 * 'orcid-id' / 'dblp-pid': fetch the named public record and turn the request into an ordinary 'orcid-json' /
 * 'dblp-xml' import of it. Only with the origin's permission already granted: the background has no user gesture
 * to ask with (the options page's buttons ask).
 */
async function fetchNamedRecord(
  remote: RemoteAccess,
  request: ImportRequest & { format: RemoteImportFormat; data: string },
): Promise<{ ok: true; request: ImportRequest; notes: string[] } | { ok: false; error: string }> {
  const parsed = request.format === 'orcid-id' ? parseOrcidInput(request.data) : parseDblpInput(request.data);
  if (!parsed.ok) return parsed;
  if (!(await remote.allowed(parsed.source.service)))
    return {
      ok: false,
      error: `${fetchFailureMessage(parsed.source, { kind: 'permission' })} Grant it with the Import from ${
        parsed.source.service === 'orcid' ? 'ORCID' : 'DBLP'
      } button of the options page.`,
    };
  const fetched = await remote.fetchRecord(parsed.source);
  if (!fetched.ok) return fetched;
  return {
    ok: true,
    request: { ...request, format: fetched.format, data: fetched.data, fileName: fetched.fileName },
    notes: fetched.notes,
  };
}

async function handleImport(repo: Repository, remote: RemoteAccess, request: ImportRequest): Promise<ImportResponse> {
  if (!(IMPORT_FORMATS as readonly unknown[]).includes(request.format)) {
    return {
      ok: false,
      error: `Unknown import format: ${JSON.stringify(request.format)}. Known formats: ${IMPORT_FORMATS.join(', ')}.`,
    };
  }
  if (request.data === undefined && request.base64 === undefined) {
    return { ok: false, error: 'Nothing to import: give data (text) or base64 (file bytes).' };
  }
  if (request.data !== undefined && typeof request.data !== 'string')
    return { ok: false, error: 'data must be a string' };
  if (request.base64 !== undefined && typeof request.base64 !== 'string')
    return { ok: false, error: 'base64 must be a string' };
  if ((request.data?.length ?? 0) > MAX_IMPORT_BYTES || (request.base64?.length ?? 0) > (MAX_IMPORT_BYTES * 4) / 3) {
    return { ok: false, error: `The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB; Vitae refuses it.` };
  }
  if (isRemoteFormat(request.format)) {
    if (request.data === undefined)
      return { ok: false, error: `${request.format} takes the iD or pid as data (text), not base64.` };
    const fetched = await fetchNamedRecord(remote, { ...request, format: request.format, data: request.data });
    if (!fetched.ok) return fetched;
    const imported = await handleImport(repo, remote, fetched.request);
    return imported.ok ? { ...imported, warnings: [...fetched.notes, ...imported.warnings] } : imported;
  }
  if (request.base64 !== undefined) {
    try {
      base64ToBytes(request.base64);
    } catch {
      return { ok: false, error: 'base64 is not valid base64' };
    }
  }
  // Parsed outside the service worker's start-up in Chrome (issue #16): see import-parser.ts.
  const outcome = await parseImportLazily({
    format: request.format,
    ...(request.data !== undefined ? { text: request.data } : {}),
    ...(request.base64 !== undefined ? { base64: request.base64 } : {}),
    ...(request.fileName ? { fileName: request.fileName } : {}),
  });
  if (!outcome.ok) return outcome;
  const result = outcome.value;
  if (result.kind === 'backup') {
    const summary = {
      profiles: { added: result.backup.profiles.length, changed: 0, kept: 0 },
      documents: { added: result.backup.documents.length, changed: 0, kept: 0 },
      siteRules: { added: result.backup.siteRules.length, changed: 0, kept: 0 },
    };
    if (!request.dryRun) await repo.restoreBackup(result.backup);
    return { ok: true, summary, warnings: result.warnings };
  }
  const current = await repo.getProfile();
  const merged = mergeIntoProfile(current, result.draft, {
    exclude: request.exclude ?? [],
    fixes: Array.isArray(request.fixes) ? request.fixes : [],
  });
  if (!request.dryRun) await repo.saveProfile(merged.profile);
  return {
    ok: true,
    summary: merged.summary,
    warnings: [...result.warnings, ...merged.warnings],
    ...(merged.missing.length ? { missing: merged.missing } : {}),
  };
}

export function createHandlers(repo: Repository, remote: RemoteAccess = browserRemoteAccess): BackgroundHandlers {
  return {
    'profile.import': (request) => handleImport(repo, remote, request),
    'import.prepare': async (request) => {
      await readyImportParser(request.fileName);
      return { ok: true };
    },
    'profile.export': async (request) => {
      if (request.format === 'backup') return { ok: true, data: serializeBackup(await makeBackup(repo)) };
      return exportProfile(await repo.getProfile(request.profileId), request);
    },
    'fill.tab': (request) => fillTab(repo, request),
    // The page's own toast (a content script) does not know its tab id and sends -1: undo the sender's tab.
    'fill.undo': (request, sender) =>
      undoTab(request.tabId < 0 && sender.tab?.id !== undefined ? sender.tab.id : request.tabId),
    // A filled page's next step (issue #18): the content script fills its own tab, and may opt the site in.
    'fill.step': async (request, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined || !stepArmed(tabId, sender.tab?.url))
        return { ok: false, error: 'fill.step continues a fill of this tab and site only' };
      if (request.keepFilling) await keepFillingSite(repo, sender.tab?.url);
      return fillTab(repo, { tabId });
    },
    // The popup's stored copy of the list (issue #16) is kept by the repository's writes; this puts it back when it
    // is missing (the first open after an update), and writes nothing when it is current.
    'profile.list': async () => ({ ok: true, ...(await repo.profileList.current()) }),
    'profile.get': async (request) => {
      const profile = await repo.getProfile(request.profileId);
      return { ok: true, profile, documents: await repo.listDocuments(profile.id) };
    },
    'profile.save': async (request) => {
      const saved = await repo.saveProfile(request.profile);
      return { ok: true, updatedAt: saved.updatedAt ?? '' };
    },
    'profile.create': async (request) => ({ ok: true, id: await repo.createProfile(request.label, request.copyFrom) }),
    'profile.delete': async (request) => {
      await repo.deleteProfile(request.profileId);
      return { ok: true };
    },
    'profile.activate': async (request) => {
      await repo.setActiveProfile(request.profileId);
      return { ok: true };
    },
    'document.add': async (request) => {
      const profileId = request.profileId ?? (await repo.activeProfileId());
      const bytes = base64ToBytes(request.base64);
      const blob = new Blob([bytes], { type: request.mimeType || 'application/octet-stream' });
      return {
        ok: true,
        document: await repo.addDocument(profileId, request.kind, request.fileName, request.mimeType, blob),
      };
    },
    'document.remove': async (request) => {
      await repo.removeDocument(request.documentId);
      return { ok: true };
    },
    'document.get': async (request) => {
      const row = await repo.getDocument(request.documentId);
      if (!row) return { ok: false, error: `No document ${request.documentId}` };
      const { blob, ...document } = row;
      return { ok: true, document, base64: bytesToBase64(new Uint8Array(await blob.arrayBuffer())) };
    },
    'settings.get': async () => ({ ok: true, settings: await repo.getSettings() }),
    'settings.set': async (request) => ({ ok: true, settings: await repo.setSettings(request.settings) }),
    'rules.list': async () => ({ ok: true, rules: await repo.listRules() }),
    'rules.save': async (request) => ({ ok: true, rule: await repo.saveRule(request.rule) }),
    'rules.delete': async (request) => {
      await repo.deleteRule(request.ruleId);
      return { ok: true };
    },
    // From the content script of a filled page: the field, origin and signature come from the fill, not the page.
    'rules.suggest': (request, sender) => learning.suggest(repo, sender, request),
    'rules.learn': (request, sender) => learning.learn(repo, sender, request),
    'snippet.insert': (request) => insertSnippet(repo, request),
    'data.wipe': async (request) => {
      if (request.confirm !== 'DELETE') return { ok: false, error: 'Type DELETE to confirm wiping all data.' };
      await repo.wipe();
      await repo.ensureActiveProfile();
      return { ok: true };
    },
  };
}
