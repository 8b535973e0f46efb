import { useId } from 'react';
import { useT } from '../i18n';

/** A view's landmark and heading while its content is still being prepared (very large datasets only). */
export function ViewPlaceholder({ title }: { title: string }) {
  const id = useId();
  const t = useT();
  return (
    <section className="panel" aria-labelledby={id} aria-busy="true">
      <h2 id={id} className="panel-title">
        {title}
      </h2>
      <p className="muted">{t('app.preparing')}</p>
    </section>
  );
}
