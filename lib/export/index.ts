import type { ExportRequest, ExportResponse } from '../messaging/protocol';
import type { Profile } from '../profile/schema';
import { toBibtex } from './bibtex';
import { serializeCslJson } from './csl-json';
import { serializeJsonResume } from './json-resume';

/**
 * Every export format except the backup (which needs the whole database; see platform/handlers.ts).
 * One case per format; publication lists, conflicts and bios (lib/format/) plug in here as further cases.
 */
export function exportProfile(profile: Profile, request: ExportRequest): Promise<ExportResponse> {
  try {
    switch (request.format) {
      case 'json-resume':
        return Promise.resolve({ ok: true, data: serializeJsonResume(profile) });
      case 'bibtex':
        return Promise.resolve({ ok: true, data: toBibtex(profile.publications) });
      case 'csl-json':
        return Promise.resolve({ ok: true, data: serializeCslJson(profile.publications) });
      default:
        return Promise.resolve({ ok: false, error: `Export format not supported: ${request.format}` });
    }
  } catch (error) {
    return Promise.resolve({
      ok: false,
      error: `Export failed: ${error instanceof Error ? error.message : String(error)}`,
    });
  }
}
