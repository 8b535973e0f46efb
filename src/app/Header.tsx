import { useState } from 'react';
import { selectPartnershipGraph, selectVisibleMissions } from '../store/selectors';
import { appStore, useAppStore } from '../store/store';
import { AboutDialog } from '../views/about/AboutDialog';
import { ShareDialog } from '../views/share/ShareDialog';
import { StoriesMenu } from '../views/stories/StoriesMenu';

export function Header() {
  const dataset = useAppStore((s) => s.dataset);
  const shown = useAppStore(selectVisibleMissions).length;
  const orgCount = useAppStore(selectPartnershipGraph).nodes.length;
  const present = useAppStore((s) => s.present);
  const [dialog, setDialog] = useState<'about' | 'share' | null>(null);
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
      <div className="header-actions">
        <StoriesMenu />
        <button
          type="button"
          className="button"
          aria-pressed={present}
          onClick={() => appStore.getState().setPresent(!present)}
        >
          Present
        </button>
        <button type="button" className="button" disabled={!dataset} onClick={() => setDialog('share')}>
          Share
        </button>
        <button type="button" className="button" disabled={!dataset} onClick={() => setDialog('about')}>
          About the data
        </button>
      </div>
      <AboutDialog open={dialog === 'about'} onClose={() => setDialog(null)} />
      <ShareDialog open={dialog === 'share'} onClose={() => setDialog(null)} />
    </header>
  );
}
