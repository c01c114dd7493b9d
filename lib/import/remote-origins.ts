/**
 * The only origins Vitae ever fetches from (import by ORCID iD / dblp pid, issue #5). The manifest lists them as
 * optional host permissions (wxt.config.ts) and the import asks for one of them on the click that starts it.
 */
export type RemoteService = 'orcid' | 'dblp';

export const REMOTE_ORIGINS: Record<RemoteService, string> = {
  orcid: 'https://pub.orcid.org/*',
  dblp: 'https://dblp.org/*',
};
export const REMOTE_HOSTS: Record<RemoteService, string> = { orcid: 'pub.orcid.org', dblp: 'dblp.org' };
