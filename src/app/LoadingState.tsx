import type { LoadProgress } from '../data/load';
import { groupDigits, useT, type Translate } from '../i18n';
import { useAppStore } from '../store/store';

function describe(t: Translate, p: LoadProgress, percent: number | null): string {
  if (p.phase === 'download')
    return percent !== null
      ? t('load.progress.download', { percent })
      : t('load.progress.downloadBytes', { mb: (p.done / 1e6).toFixed(1) });
  if (p.phase === 'check') return t('load.progress.check', { count: groupDigits(p.total ?? 0) });
  return t('load.progress.prepare', { percent: percent ?? 0 });
}

/**
 * What is shown while a dataset loads: a large one takes seconds, so the step and a progress bar say that
 * something is happening and how far it has come (indeterminate while the size is unknown or the data is
 * being checked).
 */
export function LoadingState() {
  const progress = useAppStore((s) => s.loadProgress);
  const t = useT();
  const percent =
    progress && progress.phase !== 'check' && progress.total
      ? Math.min(100, Math.round((100 * progress.done) / progress.total))
      : null;
  return (
    <output className="loading">
      <span>{t('app.loading')}</span>
      {progress && (
        <>
          <span className="muted">{describe(t, progress, percent)}</span>
          <progress max={100} value={percent ?? undefined} aria-label={t('app.loading')} />
        </>
      )}
    </output>
  );
}
