import { isHttpUrl } from '../../data/validate';
import { selectFocusedProfile, selectOrgById } from '../../store/selectors';
import { appStore, useAppStore } from '../../store/store';
import { KIND_LABELS } from '../partnershipGraph/scales';

const SHOWN_PARTNERS = 12;

/** The focused organization: who it is, whom it works with most, and its missions. */
export function AgencyDetails() {
  const profile = useAppStore(selectFocusedProfile);
  const orgById = useAppStore(selectOrgById);
  const { focusAgency, selectMission, setCompare } = appStore.getState();
  if (!profile) return null;
  const org = orgById.get(profile.id);
  if (!org) return null;
  const name = (id: string) => orgById.get(id)?.name ?? id;

  return (
    <section className="panel agency-panel" aria-labelledby="agency-title">
      <div className="panel-head">
        <h2 id="agency-title" className="panel-title">
          Agency details
        </h2>
        <button
          type="button"
          className="icon-button"
          aria-label={`Stop focusing on ${org.name}`}
          onClick={() => focusAgency(null)}
        >
          ×
        </button>
      </div>
      <h3 className="agency-name-title">{org.name}</h3>
      <p className="muted">
        {org.fullName} · {KIND_LABELS[org.kind]} · {org.region}
        {isHttpUrl(org.url) && (
          <>
            {' · '}
            <a href={org.url} target="_blank" rel="noopener noreferrer">
              official site
            </a>
          </>
        )}
      </p>
      <p>
        <strong>{profile.missions.length}</strong> {profile.missions.length === 1 ? 'mission' : 'missions'}{' '}
        with <strong>{profile.partners.length}</strong> partners.
        {profile.first && (
          <>
            {' '}
            First collaboration: <strong>{profile.first.name}</strong> ({profile.first.start}); latest:{' '}
            <strong>{profile.latest?.name}</strong> ({profile.latest?.start}).
          </>
        )}
      </p>
      <h4>Works most with</h4>
      <ul className="partner-counts">
        {profile.partners.slice(0, SHOWN_PARTNERS).map((p) => (
          <li key={p.id}>
            <button
              type="button"
              className="link-button"
              title={`Compare ${org.name} and ${name(p.id)}`}
              onClick={() => setCompare([profile.id, p.id])}
            >
              {name(p.id)}
            </button>
            <span className="count">{p.count}</span>
          </li>
        ))}
      </ul>
      {profile.partners.length > SHOWN_PARTNERS && (
        <p className="muted">and {profile.partners.length - SHOWN_PARTNERS} more.</p>
      )}
      <h4>Missions</h4>
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
