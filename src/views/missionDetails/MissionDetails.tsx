import { isHttpUrl } from '../../data/validate';
import { MISSION_TYPE_LABELS, STATUS_LABELS } from '../../data/vocabulary';
import { selectMissionById, selectOrgById, selectSelectedMission } from '../../store/selectors';
import { appStore, useAppStore } from '../../store/store';
import { yearsLabel } from '../missionTable/columns';

export function MissionDetails() {
  const mission = useAppStore(selectSelectedMission);
  const orgById = useAppStore(selectOrgById);
  const missionById = useAppStore(selectMissionById);
  const { selectMission, focusAgency } = appStore.getState();
  const program = mission?.program ? missionById.get(mission.program) : undefined;

  return (
    <section className="panel details-panel" aria-labelledby="details-title">
      <div className="panel-head">
        <h2 id="details-title" className="panel-title">
          Mission details
        </h2>
        {mission && (
          <button
            type="button"
            className="icon-button"
            aria-label="Close mission details"
            onClick={() => selectMission(null)}
          >
            ×
          </button>
        )}
      </div>
      {!mission ? (
        <p className="muted">Select a mission in the table or on the timeline to see who built what.</p>
      ) : (
        <article className="details">
          <h3>{mission.name}</h3>
          <p className="facts">
            <span className={`status status--${mission.status}`}>{STATUS_LABELS[mission.status]}</span>
            <span>{yearsLabel(mission)}</span>
            <span>{MISSION_TYPE_LABELS[mission.type]}</span>
            <span>{mission.destination}</span>
          </p>
          {program && (
            <p>
              Part of{' '}
              <button type="button" className="link-button" onClick={() => selectMission(program.id)}>
                {program.name}
              </button>
            </p>
          )}
          <p>{mission.summary}</p>
          <h4>Partners and contributions</h4>
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
                  {p.role === 'lead' && <span className="role">lead</span>}
                  {p.contribution && <span className="contribution">{p.contribution}</span>}
                </li>
              );
            })}
          </ul>
          <h4>Sources</h4>
          <ul className="sources">
            {mission.sources.map((s) =>
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
