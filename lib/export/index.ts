import type { ExportRequest, ExportResponse } from '../messaging/protocol';
import type { Profile } from '../profile/schema';

/** Every export format except the backup (which needs the whole database; see platform/handlers.ts). */
export function exportProfile(profile: Profile, request: ExportRequest): Promise<ExportResponse> {
  void profile;
  return Promise.resolve({ ok: false, error: `Export format not supported: ${request.format}` });
}
