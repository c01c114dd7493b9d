import type { ExportRequest, ExportResponse } from '../messaging/protocol';
import type { Profile } from '../profile/schema';
import { exportQuickCopy } from '../format';
import { properNouns, toBibtex } from './bibtex';
import { serializeCslJson } from './csl-json';
import { serializeJsonResume } from './json-resume';

/**
 * Every export format except the backup (which needs the whole database; see platform/handlers.ts).
 * One case per format; publication lists, conflicts and bios come from lib/format/.
 */
export function exportProfile(profile: Profile, request: ExportRequest): Promise<ExportResponse> {
  try {
    switch (request.format) {
      case 'json-resume':
        return Promise.resolve({ ok: true, data: serializeJsonResume(profile) });
      case 'publications':
      case 'conflicts':
      case 'bio':
        return Promise.resolve(exportQuickCopy(profile, request));
      case 'bibtex':
        return Promise.resolve({
          ok: true,
          data: toBibtex(profile.publications, { vocabulary: properNouns(profile) }),
        });
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
