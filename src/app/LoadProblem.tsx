import { formatMessage, useT } from '../i18n';
import { appStore, useAppStore } from '../store/store';

const openDefault = () => appStore.setState({ data: null });

/** Shown in place of the views when no dataset could be loaded: says what went wrong and what to try. */
export function LoadProblem() {
  const error = useAppStore((s) => s.datasetError);
  const usingCustom = useAppStore((s) => s.data !== null);
  const t = useT();
  if (!error) return null;
  return (
    <section className="load-problem" role="alert" aria-labelledby="load-problem-title">
      <h2 id="load-problem-title">{formatMessage(t, error.title)}</h2>
      <ul>
        {error.details.map((d) => (
          <li key={d}>{d}</li>
        ))}
      </ul>
      <p>{usingCustom ? t('load.checkLink') : t('load.tryAgain')}</p>
      {usingCustom && (
        <button type="button" onClick={openDefault}>
          {t('load.openDefault')}
        </button>
      )}
    </section>
  );
}
