import { useEffect, useRef, useState } from 'preact/hooks';
import type { ComponentType, TargetedKeyboardEvent } from 'preact';
import { popupList, usePopupStore } from '../../stores/popup';
import { FillPanel } from './FillPanel';
import { SearchResults, useSearchResults } from './SearchResults';
import { popupHeader, POPUP_TABS, SEARCH_LABEL, SEARCH_PLACEHOLDER, TAB_LABELS, type PopupTab } from './sections';

type LazyTab = Exclude<PopupTab, 'fill'>;

/** Panels other than Fill are separate chunks: the popup's first paint parses only what it shows. */
const PANEL_LOADERS: Record<LazyTab, () => Promise<ComponentType>> = {
  bios: () => import('./BiosPanel').then((m) => m.BiosPanel),
  publications: () => import('./PublicationsPanel').then((m) => m.PublicationsPanel),
  conflicts: () => import('./ConflictsPanel').then((m) => m.ConflictsPanel),
  ids: () => import('./LinksPanel').then((m) => m.LinksPanel),
};
const loadedPanels: Partial<Record<LazyTab, ComponentType>> = {};

function LazyPanel(props: { tab: LazyTab }) {
  const [Loaded, setLoaded] = useState<ComponentType | undefined>(() => loadedPanels[props.tab]);
  useEffect(() => {
    if (Loaded) return;
    void PANEL_LOADERS[props.tab]().then((component) => {
      loadedPanels[props.tab] = component;
      setLoaded(() => component);
    });
  }, [props.tab, Loaded]);
  return Loaded ? <Loaded /> : <p class="muted">Loading…</p>;
}

function Panel(props: { tab: PopupTab }) {
  return props.tab === 'fill' ? <FillPanel /> : <LazyPanel key={props.tab} tab={props.tab} />;
}

/** The profile Fill will use on this tab's site (the site's own, when settings.profilePerSite names one). */
function Header() {
  const profiles = usePopupStore((s) => s.profiles);
  const profilePerSite = usePopupStore((s) => s.profilePerSite);
  const listLoaded = usePopupStore((s) => s.listLoaded);
  const host = usePopupStore((s) => s.host);
  const switchProfile = usePopupStore((s) => s.switchProfile);
  const header = popupHeader(popupList({ profiles, profilePerSite, listLoaded }), host);
  const switcher = header.switcher;
  return (
    <header>
      <div class="who">
        <h1>{header.name}</h1>
        <p class="muted">{header.affiliation}</p>
        {header.site && <p class="muted small site-profile">{header.site.note}</p>}
      </div>
      {switcher && (
        <label>
          <span class="visually-hidden">{switcher.label}</span>
          <select
            aria-label={switcher.label}
            value={switcher.value}
            onChange={(e) => void switchProfile(e.currentTarget.value)}
          >
            {switcher.options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
      )}
    </header>
  );
}

export function PopupApp() {
  const tab = usePopupStore((s) => s.tab);
  const query = usePopupStore((s) => s.query);
  const notice = usePopupStore((s) => s.notice);
  const noticeView = usePopupStore((s) => s.noticeView);
  const error = usePopupStore((s) => s.error);
  const setTab = usePopupStore((s) => s.setTab);
  const setQuery = usePopupStore((s) => s.setQuery);
  const copy = usePopupStore((s) => s.copy);
  const results = useSearchResults();
  const [active, setActive] = useState(0);
  const tabRefs = useRef<Partial<Record<PopupTab, HTMLButtonElement | null>>>({});

  useEffect(() => {
    const store = usePopupStore.getState();
    void store.loadList().then(() => {
      // The rest of the profile is not needed to show the popup: load it once the first frame is painted.
      requestAnimationFrame(() => {
        document.body.dataset.ready = 'true';
        // Read by scripts/bench-popup.mjs.
        if (performance.getEntriesByName('vitae-interactive').length === 0) performance.mark('vitae-interactive');
        setTimeout(() => void store.loadProfile(), 0);
      });
    });
  }, []);

  const onTabKey = (e: TargetedKeyboardEvent<HTMLButtonElement>) => {
    const i = POPUP_TABS.indexOf(tab);
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    let next: PopupTab | undefined;
    if (step !== 0) next = POPUP_TABS[(i + step + POPUP_TABS.length) % POPUP_TABS.length];
    else if (e.key === 'Home') next = POPUP_TABS[0];
    else if (e.key === 'End') next = POPUP_TABS[POPUP_TABS.length - 1];
    if (!next) return;
    e.preventDefault();
    setTab(next);
    tabRefs.current[next]?.focus();
  };

  const onSearchKey = (e: TargetedKeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setActive((a) => Math.min(a + 1, results.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === 'Enter') {
      const hit = results[active] ?? results[0];
      if (hit) {
        e.preventDefault();
        void copy(hit.text, hit.label);
      }
    } else if (e.key === 'Escape' && query) {
      e.preventDefault();
      setQuery('');
    }
  };

  return (
    <main>
      <Header />
      <div class="search">
        <label class="visually-hidden" for="search">
          {SEARCH_LABEL}
        </label>
        <input
          id="search"
          type="search"
          placeholder={SEARCH_PLACEHOLDER}
          autoComplete="off"
          aria-controls={query ? 'search-results' : undefined}
          aria-activedescendant={query && results.length > 0 ? `hit-${active}` : undefined}
          value={query}
          onInput={(e) => {
            setActive(0);
            setQuery(e.currentTarget.value);
          }}
          onKeyDown={onSearchKey}
        />
      </div>
      {query ? (
        <SearchResults results={results} active={active} onPick={(s) => void copy(s.text, s.label)} />
      ) : (
        <>
          <nav role="tablist" aria-label="Sections" class="tabs">
            {POPUP_TABS.map((t) => (
              <button
                key={t}
                ref={(el) => {
                  tabRefs.current[t] = el;
                }}
                type="button"
                role="tab"
                id={`tab-${t}`}
                aria-selected={t === tab}
                aria-controls="panel"
                tabIndex={t === tab ? 0 : -1}
                onClick={() => setTab(t)}
                onKeyDown={onTabKey}
              >
                {TAB_LABELS[t]}
              </button>
            ))}
          </nav>
          <div id="panel" role="tabpanel" aria-labelledby={`tab-${tab}`}>
            <Panel tab={tab} />
          </div>
        </>
      )}
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      {/* A notice stays on the view it belongs to ("Copied IEEE list" is not news on the Bios tab). */}
      <p role="status" aria-live="polite" class="notice">
        {noticeView === (query ? 'search' : tab) ? notice : ''}
      </p>
    </main>
  );
}
