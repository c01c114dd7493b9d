import type { ExportRequest, ExportResponse } from '../messaging/protocol';
import type { Profile } from '../profile/schema';
import { exportQuickCopy } from '../format';

/** Every export format except the backup (which needs the whole database; see platform/handlers.ts). */
export function exportProfile(profile: Profile, request: ExportRequest): Promise<ExportResponse> {
  switch (request.format) {
    case 'publications':
    case 'conflicts':
    case 'bio':
      try {
        return Promise.resolve(exportQuickCopy(profile, request));
      } catch (error) {
        return Promise.resolve({ ok: false, error: error instanceof Error ? error.message : String(error) });
      }
    default:
      return Promise.resolve({ ok: false, error: `Export format not supported: ${request.format}` });
  }
}
