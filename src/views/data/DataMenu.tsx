import { useId, useRef, useState } from 'react';
import { nthOrLast, useFocusHandoff } from '../../components/focusHandoff';
import { Menu } from '../../components/Menu';
import { MAX_FILE_BYTES } from '../../data/importLimits';
import { LOCAL_PREFIX, removeDataset } from '../../data/storage';
import { useT } from '../../i18n';
import { appStore, useAppStore } from '../../store/store';
import { useSavedDatasets } from './useSavedDatasets';

/** Opening data: a file, a link, or a dataset saved earlier; samples and the formats to copy. */
export function DataMenu() {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [link, setLink] = useState('');
  const source = useAppStore((s) => s.data);
  const { saved: stored, refresh } = useSavedDatasets(open);
  // A dataset being removed leaves the list at once (its removal from the browser's storage follows), so
  // its × button goes in this commit and focus is handed to the next one rather than dropped to the page.
  const [removed, setRemoved] = useState<ReadonlySet<string>>(() => new Set());
  const saved = removed.size ? stored.filter((d) => !removed.has(d.id)) : stored;
  const handOff = useFocusHandoff();
  const listRef = useRef<HTMLUListElement>(null);
  const fileId = useId();
  const linkId = useId();
  const { startImport } = appStore.getState();
  const openData = (data: string | null) => {
    appStore.setState({ data });
    setOpen(false);
  };
  const current = source?.startsWith(LOCAL_PREFIX)
    ? (saved.find((d) => `${LOCAL_PREFIX}${d.id}` === source)?.name ?? source)
    : (source ?? t('data.default'));

  return (
    <Menu className="data-menu" label={t('data.menu')} open={open} onOpenChange={setOpen}>
      <p className="muted">{t('data.current', { name: current })}</p>
      <label htmlFor={fileId} className="button file-button">
        {t('data.open')}
      </label>
      <input
        id={fileId}
        type="file"
        className="visually-hidden"
        accept=".csv,.tsv,.txt,.json,text/csv,application/json"
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) startImport(file);
          e.target.value = '';
          setOpen(false);
        }}
      />
      <p className="hint muted">{t('data.openHint', { mb: Math.round(MAX_FILE_BYTES / 1e6) })}</p>
      <form
        className="link-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (link.trim()) openData(link.trim());
        }}
      >
        <label htmlFor={linkId}>{t('data.urlLabel')}</label>
        <div className="copy-row">
          <input
            id={linkId}
            className="text-input"
            type="url"
            placeholder="https://…"
            value={link}
            onChange={(e) => setLink(e.target.value)}
          />
          <button type="submit" className="button">
            {t('data.urlOpen')}
          </button>
        </div>
      </form>
      <h3 className="small-heading">{t('data.saved')}</h3>
      <ul className="saved-list" ref={listRef}>
        <li>
          <button type="button" className="link-button" onClick={() => openData(null)}>
            {t('data.default')}
          </button>
        </li>
        {saved.map((d) => (
          <li key={d.id}>
            <button type="button" className="link-button" onClick={() => openData(`${LOCAL_PREFIX}${d.id}`)}>
              {d.name}
            </button>{' '}
            <span className="muted">
              {d.missions} · {d.savedAt.slice(0, 10)}
            </span>
            <button
              type="button"
              className="icon-button"
              aria-label={t('data.remove', { name: d.name })}
              onClick={() => {
                if (!window.confirm(t('data.removeConfirm', { name: d.name }))) return;
                const at = saved.indexOf(d);
                // The × of the dataset now in its place (or the last one), else "Default dataset".
                handOff(() => {
                  const list = listRef.current;
                  return (
                    list &&
                    (nthOrLast(list.querySelectorAll('.icon-button'), at) ?? list.querySelector('button'))
                  );
                }, 'lost');
                setRemoved((r) => new Set(r).add(d.id));
                void removeDataset(d.id).then(
                  () => {
                    if (source === `${LOCAL_PREFIX}${d.id}`) appStore.setState({ data: null });
                    refresh();
                  },
                  // Still stored: it comes back to the list.
                  () =>
                    setRemoved((r) => {
                      const next = new Set(r);
                      next.delete(d.id);
                      return next;
                    }),
                );
              }}
            >
              ×
            </button>
          </li>
        ))}
        {saved.length === 0 && <li className="muted">{t('data.savedNone')}</li>}
      </ul>
      <h3 className="small-heading">{t('data.formats')}</h3>
      <p className="hint">{t('data.formatsText')}</p>
      <ul className="samples">
        <li>
          <a href="samples/missions-sample.csv" download>
            {t('data.sampleMissions')}
          </a>
        </li>
        <li>
          <a href="samples/pairs-sample.csv" download>
            {t('data.samplePairs')}
          </a>
        </li>
        <li>
          <a href="samples/dataset-sample.json" download>
            {t('data.sampleJson')}
          </a>
        </li>
        <li>
          <a href="data/dataset.schema.json" target="_blank" rel="noopener">
            {t('data.schema')}
          </a>
        </li>
      </ul>
    </Menu>
  );
}
