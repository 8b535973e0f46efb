import { useEffect } from 'react';
import { resolveLanguage, useT } from '../i18n';
import { useAppStore } from '../store/store';
import { FiltersPanel } from '../views/filters/FiltersPanel';
import { AgencyDetails } from '../views/agencyDetails/AgencyDetails';
import { ComparePanel } from '../views/compare/ComparePanel';
import { MissionDetails } from '../views/missionDetails/MissionDetails';
import { MissionTable } from '../views/missionTable/MissionTable';
import { PartnershipGraph } from '../views/partnershipGraph/PartnershipGraph';
import { StoryBar } from '../views/stories/StoryBar';
import { TimelapseBar } from '../views/timelapse/TimelapseBar';
import { Timeline } from '../views/timeline/Timeline';
import { FilterChips } from './FilterChips';
import { Header } from './Header';
import { LoadProblem } from './LoadProblem';
import { Notices } from './Notices';
import { useDatasetLoader } from './useDatasetLoader';

export function App() {
  useDatasetLoader();
  const status = useAppStore((s) => s.datasetStatus);
  const embed = useAppStore((s) => s.embed);
  const view = useAppStore((s) => s.view);
  const present = useAppStore((s) => s.present);
  const year = useAppStore((s) => s.year);
  const t = useT();
  const lang = resolveLanguage(useAppStore((s) => s.lang));

  const single = embed && view !== null;
  // Presentation mode restyles the whole document (root font size, high-contrast colours).
  useEffect(() => {
    document.documentElement.classList.toggle('present', present);
  }, [present]);
  // The page's language follows the interface, for screen readers and hyphenation.
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('app.title');
  }, [lang, t]);
  return (
    <div
      className={`app${embed ? ' app--embed' : ''}${present ? ' app--present' : ''}${single ? ' app--single' : ''}`}
    >
      {!embed && <Header />}
      <Notices />
      {status === 'ready' && <StoryBar />}
      {status === 'ready' && !embed && <FilterChips />}
      {status === 'ready' && (!embed || year !== null) && <TimelapseBar />}
      {status === 'ready' ? (
        <main className="layout" id="main">
          {!single && <FiltersPanel />}
          {(!single || view === 'graph') && <PartnershipGraph />}
          {!single && (
            <div className="side">
              <MissionDetails />
              <AgencyDetails />
              <ComparePanel />
            </div>
          )}
          {(!single || view === 'timeline') && <Timeline />}
          {(!single || view === 'table') && <MissionTable />}
        </main>
      ) : status === 'error' ? (
        <LoadProblem />
      ) : (
        <output className="loading">Loading missions…</output>
      )}
    </div>
  );
}
