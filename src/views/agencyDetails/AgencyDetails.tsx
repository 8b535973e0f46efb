import { isHttpUrl } from '../../data/validate';
import { selectFocusedProfile, selectOrgById } from '../../store/selectors';
import { appStore, useAppStore } from '../../store/store';
import { usePlural, useT } from '../../i18n';

const SHOWN_PARTNERS = 12;

/** The focused organization: who it is, whom it works with most, and its missions. */
export function AgencyDetails() {
  const profile = useAppStore(selectFocusedProfile);
  const orgById = useAppStore(selectOrgById);
  const { focusAgency, selectMission, setCompare } = appStore.getState();
  const t = useT();
  const tp = usePlural();
  if (!profile) return null;
  const org = orgById.get(profile.id);
  if (!org) return null;
  const name = (id: string) => orgById.get(id)?.name ?? id;

  return (
    <section className="panel agency-panel" aria-labelledby="agency-title">
      <div className="panel-head">
        <h2 id="agency-title" className="panel-title">
          {t('agency.title')}
        </h2>
        <button
          type="button"
          className="icon-button"
          aria-label={t('agency.stopFocus', { name: org.name })}
          onClick={() => focusAgency(null)}
        >
          ×
        </button>
      </div>
      <h3 className="agency-name-title">{org.name}</h3>
      <p className="muted">
        {org.fullName} · {t(`kind.${org.kind}`)} · {t(`region.${org.region}`)}
        {isHttpUrl(org.url) && (
          <>
            {' · '}
            <a href={org.url} target="_blank" rel="noopener noreferrer">
              {t('agency.site')}
            </a>
          </>
        )}
      </p>
      <p>
        {tp('agency.summary', profile.missions.length, {
          missions: profile.missions.length,
          partners: profile.partners.length,
        })}
        {profile.first &&
          ` ${t('agency.firstLatest', {
            first: profile.first.name,
            firstYear: profile.first.start,
            latest: profile.latest?.name ?? '',
            latestYear: profile.latest?.start ?? '',
          })}`}
      </p>
      <h4>{t('agency.worksWith')}</h4>
      <ul className="partner-counts">
        {profile.partners.slice(0, SHOWN_PARTNERS).map((p) => (
          <li key={p.id}>
            <button
              type="button"
              className="link-button"
              title={t('agency.compareWith', { a: org.name, b: name(p.id) })}
              onClick={() => setCompare([profile.id, p.id])}
            >
              {name(p.id)}
            </button>
            <span className="count">{p.count}</span>
          </li>
        ))}
      </ul>
      {profile.partners.length > SHOWN_PARTNERS && (
        <p className="muted">{t('agency.more', { count: profile.partners.length - SHOWN_PARTNERS })}</p>
      )}
      <h4>{t('agency.missions')}</h4>
      <ul className="mission-list">
        {profile.missions.map((m) => (
          <li key={m.id}>
            <button type="button" className="link-button" onClick={() => selectMission(m.id)}>
              {m.name}
            </button>{' '}
            <span className="muted">{m.start}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
