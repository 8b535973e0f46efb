import { useState } from 'react';
import { useAppStore } from '../store/store';
import { AboutDialog } from '../views/about/AboutDialog';
import { selectPartnershipGraph, selectVisibleMissions } from '../store/selectors';

export function Header() {
  const dataset = useAppStore((s) => s.dataset);
  const shown = useAppStore(selectVisibleMissions).length;
  const orgCount = useAppStore(selectPartnershipGraph).nodes.length;
  const [aboutOpen, setAboutOpen] = useState(false);
  return (
    <header className="header">
      <div>
        <h1>Space Collaboration Explorer</h1>
        <p className="tagline">
          Who builds what with whom in space: missions, agencies and their contributions.
        </p>
      </div>
      {dataset && (
        <p className="summary" aria-live="polite">
          <strong>{shown}</strong> of {dataset.missions.length} missions · <strong>{orgCount}</strong>{' '}
          organizations
        </p>
      )}
      <button type="button" className="button" disabled={!dataset} onClick={() => setAboutOpen(true)}>
        About the data
      </button>
      <AboutDialog open={aboutOpen} onClose={() => setAboutOpen(false)} />
    </header>
  );
}
