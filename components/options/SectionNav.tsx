import { SECTIONS } from './sections';

/** The side navigation over every section; the current one is marked for assistive technology. */
export function SectionNav(props: { current: string }) {
  const groups = ['Profile', 'Vitae'] as const;
  return (
    <nav class="section-nav" aria-label="Sections">
      {groups.map((group) => (
        <div key={group}>
          <h2 class="nav-group">{group}</h2>
          <ul>
            {SECTIONS.filter((s) => s.group === group && !s.hidden).map((s) => (
              <li key={s.id}>
                <a href={`#/${s.id}`} aria-current={s.id === props.current ? 'page' : undefined}>
                  {s.title}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </nav>
  );
}
