import { listLinks } from '../../lib/format/links';
import { usePopupStore } from '../../stores/popup';
import { CopyButton } from './CopyButton';

/** ORCID, Scholar, DBLP, Semantic Scholar, OpenReview, homepage…: each copied as URL or bare id. */
export function LinksPanel() {
  const profile = usePopupStore((s) => s.profile);
  if (!profile) return <p class="muted">Loading…</p>;
  const links = listLinks(profile.links);
  if (links.length === 0) return <p class="muted">No ids or links yet: add them in the options page.</p>;
  return (
    <section aria-label="Ids and links">
      <table class="links">
        <tbody>
          {links.map((link) => (
            <tr key={link.kind}>
              <th scope="row">{link.label}</th>
              <td class="id" title={link.url}>
                {link.id}
              </td>
              <td class="actions">
                <CopyButton text={link.url} what={`${link.label} URL`} label="URL" />
                {link.kind !== 'homepage' && <CopyButton text={link.id} what={`${link.label} id`} label="Id" />}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
