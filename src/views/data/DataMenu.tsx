import { useId, useState } from 'react';
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
  const { saved, refresh } = useSavedDatasets(open);
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
      <ul className="saved-list">
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
                void removeDataset(d.id).then(() => {
                  if (source === `${LOCAL_PREFIX}${d.id}`) appStore.setState({ data: null });
                  refresh();
                });
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
