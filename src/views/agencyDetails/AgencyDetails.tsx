import { useRef } from 'react';
import { useFocusHandoff, useOpener } from '../../components/focusHandoff';
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
  // Closing removes the panel: focus goes back to what the agency was chosen from (its node in the graph,
  // a partner in the mission details), else to the graph's node for it or the graph's heading.
  const panelRef = useRef<HTMLElement>(null);
  const back = useOpener(profile?.id ?? null, panelRef);
  const handOff = useFocusHandoff();
  if (!profile) return null;
  const org = orgById.get(profile.id);
  if (!org) return null;
  const name = (id: string) => orgById.get(id)?.name ?? id;

  return (
    <section className="panel agency-panel" aria-labelledby="agency-title" ref={panelRef}>
      <div className="panel-head">
        <h2 id="agency-title" className="panel-title">
          {t('agency.title')}
        </h2>
        <button
          type="button"
          className="icon-button"
          aria-label={t('agency.stopFocus', { name: org.name })}
          onClick={() => {
            const id = profile.id;
            handOff(
              () =>
                back(graphNode(id), document.getElementById('graph-title'), document.getElementById('main')),
              'lost',
            );
            focusAgency(null);
          }}
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

/** An agency's node in the graph: an SVG circle, or the button standing for it beside a canvas drawing. */
function graphNode(id: string): Element | null {
  const css = CSS.escape(id);
  return document.querySelector(
    `.graph-panel g.node[data-id="${css}"], .graph-panel .node-list button[data-id="${css}"]`,
  );
}
