/**
 * The options page: the whole profile editor (issue 7). Loads the active profile, routes `#/section` to its editor,
 * autosaves, and flushes unsaved edits when the page is hidden or closed.
 */
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import { useOptionsStore } from '../../stores/options';
import { ProfileSwitcher } from './ProfileSwitcher';
import { SaveStatus } from './SaveStatus';
import { SectionNav } from './SectionNav';
import { ToastRegion } from './ToastRegion';
import { findSection } from './sections';
import { useHashRoute } from './useHashRoute';

/**
 * Coming back to the tab: pick up what changed elsewhere (rules learned in a page, an import from the popup).
 * The profile is only reloaded when there are no unsaved edits here.
 */
async function refreshFromBackground(): Promise<void> {
  const store = useOptionsStore.getState();
  const idle = store.saveState === 'idle' || store.saveState === 'saved';
  await Promise.all([
    store.refreshProfiles(),
    store.loadSettings(),
    store.loadRules(),
    idle && store.profile ? store.loadProfile(store.profile.id) : store.refreshDocuments(),
  ]);
}

/** Save unsaved edits when the page is hidden or closed; refresh when it is shown again. */
function useFlushOnLeave(): void {
  useEffect(() => {
    const flush = () => void useOptionsStore.getState().flushSave();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
      else void refreshFromBackground();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, []);
}

export function OptionsApp() {
  const route = useHashRoute();
  const section = findSection(route);
  const loaded = useOptionsStore((s) => s.profile !== undefined);
  const loadError = useOptionsStore((s) => s.loadError);
  const heading = useRef<HTMLHeadingElement>(null);

  // Layout effect: ask the background before the first paint rather than a frame later.
  useLayoutEffect(() => {
    const store = useOptionsStore.getState();
    void Promise.all([store.loadProfile(), store.refreshProfiles(), store.loadSettings(), store.loadRules()]);
  }, []);
  useFlushOnLeave();
  useEffect(() => {
    document.title = `${section.title} — Vitae`;
  }, [section]);

  const Section = section.component;
  return (
    <div class="options-layout" data-ready={loaded ? 'true' : undefined}>
      <a
        class="skip-link"
        href="#section-main"
        onClick={(e) => {
          e.preventDefault();
          heading.current?.focus();
        }}
      >
        Skip to the editor
      </a>
      <header class="options-header">
        <p class="brand">Vitae</p>
        <ProfileSwitcher />
        <SaveStatus />
      </header>
      <SectionNav current={section.id} />
      <main id="section-main" class="section-main">
        <h1 ref={heading} tabIndex={-1}>
          {section.title}
        </h1>
        {loadError && (
          <p class="error" role="alert">
            Could not load your profile: {loadError}
          </p>
        )}
        {loaded ? <Section /> : !loadError && <p class="muted">Loading…</p>}
      </main>
      <ToastRegion />
    </div>
  );
}
