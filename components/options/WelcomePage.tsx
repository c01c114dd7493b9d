/** First run (opened on install as options.html#/welcome): import a CV, or start from scratch. */
import { ImportPanel } from './ImportPanel';

export function WelcomePage() {
  return (
    <>
      <p>
        Vitae keeps your academic profile on this computer and fills reviewer sign-ups, job applications and grant forms
        with it. Nothing leaves your machine unless you ask for an ORCID or DBLP import.
      </p>
      <section aria-labelledby="welcome-import">
        <h3 id="welcome-import">Start from your CV</h3>
        <p class="muted">
          Paste your CV's text, drop a PDF, BibTeX, JSON Resume or Vitae backup, or type your ORCID iD or dblp pid. You
          will see what Vitae found before anything is saved.
        </p>
        {/* After an import the page stays here: its summary and "still missing" list link to each section. */}
        <ImportPanel />
      </section>
      <section aria-labelledby="welcome-scratch">
        <h3 id="welcome-scratch">Or start from scratch</h3>
        <p>
          <a class="button-link" href="#/basics">
            Fill in my profile by hand
          </a>
        </p>
      </section>
    </>
  );
}
