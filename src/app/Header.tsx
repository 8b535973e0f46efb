import { useId, useState } from 'react';
import { LANGUAGES } from '../domain/urlState';
import { groupDigits, resolveLanguage, useT } from '../i18n';
import { selectPartnershipGraph, selectVisibleMissions } from '../store/selectors';
import { appStore, useAppStore } from '../store/store';
import { AboutDialog } from '../views/about/AboutDialog';
import { DataMenu } from '../views/data/DataMenu';
import { ExportMenu } from '../views/export/ExportMenu';
import { ShareDialog } from '../views/share/ShareDialog';
import { StoriesMenu } from '../views/stories/StoriesMenu';
import { usePresentEscape } from './usePresentEscape';

/** Each language named in itself, so a reader finds their own. */
const LANGUAGE_NAMES = { en: 'English', ko: '한국어' } as const;

/**
 * The counts that change with every filter, in a component of their own: the rest of the header (its menus
 * and dialogs) then renders only when what it shows changes.
 */
function HeaderSummary() {
  const total = useAppStore((s) => s.dataset?.missions.length ?? null);
  const shown = useAppStore(selectVisibleMissions).length;
  const orgCount = useAppStore(selectPartnershipGraph).nodes.length;
  const t = useT();
  if (total === null) return null;
  return (
    <p className="summary" aria-live="polite">
      {t('app.summary', {
        shown: groupDigits(shown),
        total: groupDigits(total),
        orgs: groupDigits(orgCount),
      })}
    </p>
  );
}

export function Header() {
  const dataset = useAppStore((s) => s.dataset !== null);
  const present = useAppStore((s) => s.present);
  // Where the Present button is (not in an embed, which has no way back), Escape leaves presenting.
  usePresentEscape(present);
  const lang = resolveLanguage(useAppStore((s) => s.lang));
  const [dialog, setDialog] = useState<'about' | 'share' | null>(null);
  const t = useT();
  const langId = useId();
  return (
    <header className="header">
      <div>
        <h1>{t('app.title')}</h1>
        <p className="tagline">{t('app.tagline')}</p>
      </div>
      <HeaderSummary />
      <div className="header-actions">
        <DataMenu />
        <ExportMenu />
        <StoriesMenu />
        <button
          type="button"
          className="button present-toggle"
          aria-pressed={present}
          aria-keyshortcuts={present ? 'Escape' : undefined}
          onClick={() => appStore.getState().setPresent(!present)}
        >
          {t('header.present')}
        </button>
        <button type="button" className="button" disabled={!dataset} onClick={() => setDialog('share')}>
          {t('header.share')}
        </button>
        <button type="button" className="button" disabled={!dataset} onClick={() => setDialog('about')}>
          {t('header.about')}
        </button>
        <label htmlFor={langId} className="visually-hidden">
          {t('app.language')}
        </label>
        <select
          id={langId}
          className="text-input language"
          value={lang}
          onChange={(e) => appStore.getState().setLang(e.target.value as (typeof LANGUAGES)[number])}
        >
          {LANGUAGES.map((l) => (
            <option key={l} value={l} lang={l}>
              {LANGUAGE_NAMES[l]}
            </option>
          ))}
        </select>
      </div>
      <AboutDialog open={dialog === 'about'} onClose={() => setDialog(null)} />
      <ShareDialog open={dialog === 'share'} onClose={() => setDialog(null)} />
    </header>
  );
}
