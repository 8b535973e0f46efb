import { useState } from 'react';
import { useAppStore } from '../store/store';
import { AboutDialog } from '../views/about/AboutDialog';
import {
  selectFilteredMissions,
  selectOrgById,
  selectPartnershipGraph,
  selectVisibleMissions,
} from '../store/selectors';

export function Header() {
  const dataset = useAppStore((s) => s.dataset);
  const shown = useAppStore(selectVisibleMissions).length;
  const filtered = useAppStore(selectFilteredMissions).length;
  const orgCount = useAppStore(selectPartnershipGraph).nodes.length;
  const agency = useAppStore((s) => s.agency);
  const agencyName = useAppStore((s) => (s.agency ? selectOrgById(s).get(s.agency)?.name : undefined));
  const focusAgency = useAppStore((s) => s.focusAgency);
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
          {agency && (
            <span className="chip">
              with {agencyName ?? agency} ({shown} of {filtered})
              <button
                type="button"
                className="icon-button"
                aria-label={`Stop focusing on ${agencyName ?? agency}`}
                onClick={() => focusAgency(null)}
              >
                ×
              </button>
            </span>
          )}
        </p>
      )}
      <button type="button" className="button" disabled={!dataset} onClick={() => setAboutOpen(true)}>
        About the data
      </button>
      <AboutDialog open={aboutOpen} onClose={() => setAboutOpen(false)} />
    </header>
  );
}
