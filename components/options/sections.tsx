/** Every page of the options app, in navigation order; the route is `#/<id>`. */
import type { FunctionComponent } from 'preact';
import { AwardsEditor } from './AwardsEditor';
import { BasicsEditor } from './BasicsEditor';
import { BiosEditor } from './BiosEditor';
import { DocumentsPanel } from './DocumentsPanel';
import { EducationEditor } from './EducationEditor';
import { ExperienceEditor } from './ExperienceEditor';
import { GrantsEditor } from './GrantsEditor';
import { ImportExportPanel } from './ImportExportPanel';
import { LanguagesEditor } from './LanguagesEditor';
import { LinksEditor } from './LinksEditor';
import { PositionsEditor } from './PositionsEditor';
import { ProfilesPanel } from './ProfilesPanel';
import { PublicationsEditor } from './PublicationsEditor';
import { RefereesEditor } from './RefereesEditor';
import { RelationsEditor } from './RelationsEditor';
import { ServiceEditor } from './ServiceEditor';
import { SettingsPanel } from './SettingsPanel';
import { SiteRulesPanel } from './SiteRulesPanel';
import { TalksEditor } from './TalksEditor';
import { TeachingEditor } from './TeachingEditor';
import { TopicsEditor } from './TopicsEditor';
import { WelcomePage } from './WelcomePage';

export interface SectionPage {
  id: string;
  title: string;
  group: 'Profile' | 'Vitae';
  component: FunctionComponent;
  /** Hidden from the navigation (reachable by its address). */
  hidden?: boolean;
}

/** The page an unknown address opens. */
const BASICS: SectionPage = { id: 'basics', title: 'Name and contact', group: 'Profile', component: BasicsEditor };

export const SECTIONS: readonly SectionPage[] = [
  { id: 'welcome', title: 'Welcome to Vitae', group: 'Vitae', component: WelcomePage, hidden: true },
  BASICS,
  { id: 'links', title: 'Links and scholar ids', group: 'Profile', component: LinksEditor },
  { id: 'positions', title: 'Positions', group: 'Profile', component: PositionsEditor },
  { id: 'education', title: 'Education', group: 'Profile', component: EducationEditor },
  { id: 'experience', title: 'Experience', group: 'Profile', component: ExperienceEditor },
  { id: 'publications', title: 'Publications', group: 'Profile', component: PublicationsEditor },
  { id: 'topics', title: 'Interests and skills', group: 'Profile', component: TopicsEditor },
  { id: 'service', title: 'Service', group: 'Profile', component: ServiceEditor },
  { id: 'teaching', title: 'Teaching', group: 'Profile', component: TeachingEditor },
  { id: 'awards', title: 'Awards', group: 'Profile', component: AwardsEditor },
  { id: 'talks', title: 'Talks', group: 'Profile', component: TalksEditor },
  { id: 'grants', title: 'Grants', group: 'Profile', component: GrantsEditor },
  { id: 'languages', title: 'Languages', group: 'Profile', component: LanguagesEditor },
  { id: 'referees', title: 'Referees', group: 'Profile', component: RefereesEditor },
  { id: 'relations', title: 'Relations', group: 'Profile', component: RelationsEditor },
  { id: 'bios', title: 'Bios', group: 'Profile', component: BiosEditor },
  { id: 'documents', title: 'Documents', group: 'Profile', component: DocumentsPanel },
  { id: 'profiles', title: 'Profiles', group: 'Vitae', component: ProfilesPanel },
  { id: 'import', title: 'Import and export', group: 'Vitae', component: ImportExportPanel },
  { id: 'rules', title: 'Learned site rules', group: 'Vitae', component: SiteRulesPanel },
  { id: 'settings', title: 'Settings', group: 'Vitae', component: SettingsPanel },
];

export function findSection(route: string): SectionPage {
  return SECTIONS.find((s) => s.id === route) ?? BASICS;
}
