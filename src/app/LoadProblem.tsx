import { appStore, useAppStore } from '../store/store';

const openDefault = () => appStore.setState({ data: null });

/** Shown in place of the views when no dataset could be loaded: says what went wrong and what to try. */
export function LoadProblem() {
  const error = useAppStore((s) => s.datasetError);
  const usingCustom = useAppStore((s) => s.data !== null);
  if (!error) return null;
  return (
    <section className="load-problem" role="alert" aria-labelledby="load-problem-title">
      <h2 id="load-problem-title">{error.title}</h2>
      <ul>
        {error.details.map((d) => (
          <li key={d}>{d}</li>
        ))}
      </ul>
      <p>
        {usingCustom
          ? 'Check the link to the dataset, or go back to the default dataset.'
          : 'Reload the page to try again. If the problem stays, the dataset file may be damaged.'}
      </p>
      {usingCustom && (
        <button type="button" onClick={openDefault}>
          Open the default dataset
        </button>
      )}
    </section>
  );
}
