import { useEffect, useState, type DragEvent } from 'react';
import { resolveLanguage, useT } from '../i18n';
import { LazyImportDialog } from './LazyImportDialog';
import { LoadingState } from './LoadingState';
import { useQuietStart } from './useQuietStart';
import { useStagedMount } from './useStagedMount';
import { ViewPlaceholder } from './ViewPlaceholder';
import { appStore as useAppStoreApi, useAppStore } from '../store/store';
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
import { SkipLinks } from './SkipLinks';
import { LoadProblem } from './LoadProblem';
import { Notices } from './Notices';
import { useDatasetLoader } from './useDatasetLoader';

const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');

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
  const stage = useStagedMount();
  const quiet = useQuietStart(status);
  // A file dropped anywhere on the page opens the import dialog.
  const [dragging, setDragging] = useState(false);
  const dropHandlers = embed
    ? {}
    : {
        onDragOver: (e: DragEvent) => {
          if (!hasFiles(e)) return;
          e.preventDefault();
          setDragging(true);
        },
        onDragLeave: (e: DragEvent) => {
          if (e.currentTarget === e.target) setDragging(false);
        },
        onDrop: (e: DragEvent) => {
          if (!hasFiles(e)) return;
          e.preventDefault();
          setDragging(false);
          const file = e.dataTransfer.files[0];
          if (file) useAppStoreApi.getState().startImport(file);
        },
      };
  // Presentation mode restyles the whole document (root font size, high-contrast colours).
  useEffect(() => {
    document.documentElement.classList.toggle('present', present);
  }, [present]);
  // The page's language follows the interface, for screen readers and hyphenation.
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('app.title');
  }, [lang, t]);
  if (quiet) return null;
  return (
    <div
      className={`app${embed ? ' app--embed' : ''}${present ? ' app--present' : ''}${single ? ' app--single' : ''}`}
      {...dropHandlers}
    >
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          {t('data.dropHere')}
        </div>
      )}
      <LazyImportDialog />
      {status === 'ready' && !embed && !single && <SkipLinks />}
      {!embed && <Header />}
      <Notices />
      {status === 'ready' && <StoryBar />}
      {status === 'ready' && !embed && <FilterChips />}
      {status === 'ready' && (!embed || year !== null) && <TimelapseBar />}
      {status === 'ready' ? (
        <main className="layout" id="main">
          {!single && (stage >= 2 ? <FiltersPanel /> : <ViewPlaceholder title={t('filters.title')} />)}
          {(!single || view === 'graph') &&
            (stage >= 4 ? <PartnershipGraph /> : <ViewPlaceholder title={t('graph.title')} />)}
          {!single && (
            <div className="side">
              <MissionDetails />
              <AgencyDetails />
              {stage >= 2 && <ComparePanel />}
            </div>
          )}
          {(!single || view === 'timeline') &&
            (stage >= 3 ? <Timeline /> : <ViewPlaceholder title={t('timeline.title')} />)}
          {(!single || view === 'table') &&
            (stage >= 1 ? <MissionTable /> : <ViewPlaceholder title={t('table.title')} />)}
        </main>
      ) : status === 'error' ? (
        <LoadProblem />
      ) : (
        <LoadingState />
      )}
    </div>
  );
}
