import { useRef } from 'react';
import { useFocusHandoff, useOpener } from '../../components/focusHandoff';
import { isHttpUrl } from '../../data/validate';
import { useT } from '../../i18n';
import { selectMissionById, selectOrgById, selectSelectedMission } from '../../store/selectors';
import { appStore, useAppStore } from '../../store/store';
import { yearsLabel } from '../missionTable/columns';

export function MissionDetails() {
  const mission = useAppStore(selectSelectedMission);
  const orgById = useAppStore(selectOrgById);
  const missionById = useAppStore(selectMissionById);
  const { selectMission, focusAgency } = appStore.getState();
  const t = useT();
  const program = mission?.program ? missionById.get(mission.program) : undefined;
  // Closing takes the close button away: focus goes back to what the mission was chosen from (a table row,
  // a timeline bar, an agency's list), else to the panel's heading, not to the page.
  const panelRef = useRef<HTMLElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const back = useOpener(mission?.id ?? null, panelRef);
  const handOff = useFocusHandoff();
  const close = () => {
    handOff(() => back(headingRef.current), 'lost');
    selectMission(null);
  };

  return (
    <section className="panel details-panel" aria-labelledby="details-title" ref={panelRef}>
      <div className="panel-head">
        <h2 id="details-title" className="panel-title" ref={headingRef}>
          {t('details.title')}
        </h2>
        {mission && (
          <button type="button" className="icon-button" aria-label={t('details.close')} onClick={close}>
            ×
          </button>
        )}
      </div>
      {!mission ? (
        <p className="muted">{t('details.empty')}</p>
      ) : (
        <article className="details">
          <h3>{mission.name}</h3>
          <p className="facts">
            <span className={`status status--${mission.status}`}>{t(`status.${mission.status}`)}</span>
            <span>{yearsLabel(mission, t)}</span>
            <span>{t(`type.${mission.type}`)}</span>
            <span>{t(`destination.${mission.destination}`)}</span>
          </p>
          {program && (
            <p>
              {t('details.partOf')}{' '}
              <button type="button" className="link-button" onClick={() => selectMission(program.id)}>
                {program.name}
              </button>
            </p>
          )}
          <p>{mission.summary}</p>
          <h4>{t('details.partners')}</h4>
          <ul className="partners">
            {mission.partners.map((p) => {
              const org = orgById.get(p.org);
              return (
                <li key={p.org}>
                  <button
                    type="button"
                    className="link-button"
                    title={org?.fullName}
                    onClick={() => focusAgency(p.org)}
                  >
                    {org?.name ?? p.org}
                  </button>
                  {p.role === 'lead' && <span className="role">{t('details.lead')}</span>}
                  {p.contribution && <span className="contribution">{p.contribution}</span>}
                </li>
              );
            })}
          </ul>
          <h4>{t('details.sources')}</h4>
          <ul className="sources">
            {mission.sources.map((s) =>
              // Only http(s) links are rendered as links: a "javascript:" source stays inert text.
              isHttpUrl(s) ? (
                <li key={s}>
                  <a href={s} target="_blank" rel="noopener noreferrer">
                    {new URL(s).hostname.replace(/^www\./, '')}
                  </a>
                </li>
              ) : (
                <li key={s}>{s}</li>
              ),
            )}
          </ul>
        </article>
      )}
    </section>
  );
}
