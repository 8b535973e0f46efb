import { useId, useState } from 'react';
import { Dialog } from '../../components/Dialog';
import { serializeUrlState, VIEWS, type ViewName } from '../../domain/urlState';
import { appStore, urlStateOf } from '../../store/store';
import { LOCAL_PREFIX } from '../../data/storage';
import { useT, type MessageKey } from '../../i18n';

interface Props {
  open: boolean;
  onClose(): void;
}

function CopyField({
  label,
  value,
  multiline = false,
}: {
  label: string;
  value: string;
  multiline?: boolean;
}) {
  const id = useId();
  const [copied, setCopied] = useState(false);
  const t = useT();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
    } catch {
      // Without clipboard access (an insecure page, a refused permission), select the text for Ctrl+C.
      (document.getElementById(id) as HTMLTextAreaElement | HTMLInputElement | null)?.select();
    }
  };
  return (
    <div className="copy-field">
      <label htmlFor={id}>{label}</label>
      <div className="copy-row">
        {multiline ? (
          <textarea id={id} className="text-input" readOnly rows={3} value={value} />
        ) : (
          <input id={id} className="text-input" readOnly value={value} />
        )}
        <button type="button" className="button" onClick={() => void copy()}>
          {copied ? t('share.copied') : t('share.copy')}
        </button>
      </div>
    </div>
  );
}

const VIEW_LABELS = {
  graph: 'graph.title',
  table: 'table.title',
  timeline: 'timeline.title',
} as const satisfies Record<ViewName, MessageKey>;

/** The link to exactly this view, and a ready-made iframe to embed it in a class page. */
export function ShareDialog({ open, onClose }: Props) {
  const [view, setView] = useState<ViewName | 'all'>('graph');
  const [width, setWidth] = useState(800);
  const [height, setHeight] = useState(520);
  const viewId = useId();
  const t = useT();
  const current = urlStateOf(appStore.getState());
  const base = `${window.location.origin}${window.location.pathname}`;
  const link = `${base}${serializeUrlState(current)}`;
  const embedState = {
    ...current,
    story: null,
    chapter: null,
    embed: true,
    view: view === 'all' ? null : view,
  };
  const snippet = `<iframe src="${base}${serializeUrlState(embedState)}" width="${width}" height="${height}" style="border:0;max-width:100%" title="Space Collaboration Explorer" loading="lazy"></iframe>`;

  return (
    <Dialog open={open} onClose={onClose} title={t('share.title')} className="share">
      <p>{t('share.intro')}</p>
      {/* An imported dataset lives in this browser's storage: the link alone does not carry it. */}
      {current.data?.startsWith(LOCAL_PREFIX) && (
        <p className="share-note" role="note">
          {t('share.localData')}
        </p>
      )}
      <CopyField label={t('share.link')} value={link} />
      <h3>{t('share.embed')}</h3>
      <div className="embed-options">
        <div>
          <label htmlFor={viewId}>{t('share.show')}</label>
          <select
            id={viewId}
            className="text-input"
            value={view}
            onChange={(e) => setView(e.target.value as ViewName | 'all')}
          >
            {VIEWS.map((v) => (
              <option key={v} value={v}>
                {t(VIEW_LABELS[v])}
              </option>
            ))}
            <option value="all">{t('share.allViews')}</option>
          </select>
        </div>
        <div>
          <label htmlFor={`${viewId}-w`}>{t('share.width')}</label>
          <input
            id={`${viewId}-w`}
            className="text-input"
            type="number"
            min={320}
            max={3840}
            value={width}
            onChange={(e) => setWidth(Number(e.target.value) || 800)}
          />
        </div>
        <div>
          <label htmlFor={`${viewId}-h`}>{t('share.height')}</label>
          <input
            id={`${viewId}-h`}
            className="text-input"
            type="number"
            min={240}
            max={2160}
            value={height}
            onChange={(e) => setHeight(Number(e.target.value) || 520)}
          />
        </div>
      </div>
      <CopyField label={t('share.code')} value={snippet} multiline />
    </Dialog>
  );
}
