import { scaleLinear } from 'd3';
import { useMemo } from 'react';
import { yearExtent, type TimelineRow } from '../../domain/timeline';
import { selectTimelineRows } from '../../store/selectors';
import { useAppStore } from '../../store/store';

const ROW = 18;
const BAR = 11;
const AXIS = 40;
const MARGIN = { left: 12, right: 16 };
const WIDTH = 1000;

const STYLE_TEXT: Record<TimelineRow['style'], string> = {
  finished: 'completed',
  ongoing: 'active, still running',
  planned: 'planned',
  'ended-early': 'ended early',
};

function spanText(r: TimelineRow): string {
  if (r.style === 'ongoing') return `${r.start} to present`;
  if (r.style === 'planned') return `planned for ${r.start}`;
  return r.start === r.end ? String(r.start) : `${r.start} to ${r.end}`;
}

/** One bar per mission on a shared year axis; a fixed-width drawing scaled to the panel by its viewBox. */
export function Timeline() {
  const rows = useAppStore(selectTimelineRows);
  const currentYear = useAppStore((s) => s.currentYear);
  const selected = useAppStore((s) => s.mission);
  const selectMission = useAppStore((s) => s.selectMission);

  const [first, last] = useMemo(() => yearExtent(rows, currentYear), [rows, currentYear]);
  const x = useMemo(
    () =>
      scaleLinear()
        .domain([first, last])
        .range([MARGIN.left, WIDTH - MARGIN.right]),
    [first, last],
  );
  const ticks = x.ticks(Math.min(12, last - first));
  const height = AXIS + rows.length * ROW + 8;
  const nowX = x(currentYear + 0.5);

  return (
    <section className="panel timeline-panel" aria-labelledby="timeline-title">
      <div className="panel-head">
        <h2 id="timeline-title" className="panel-title">
          Timeline
        </h2>
        <ul className="legend" aria-label="Bar styles">
          <li>
            <span className="swatch bar-finished" aria-hidden="true" /> completed
          </li>
          <li>
            <span className="swatch bar-ongoing" aria-hidden="true" /> active
          </li>
          <li>
            <span className="swatch bar-planned" aria-hidden="true" /> planned
          </li>
          <li>
            <span className="swatch bar-ended-early" aria-hidden="true" /> failed or cancelled
          </li>
        </ul>
      </div>
      {rows.length === 0 ? (
        <p className="empty">No mission matches these filters.</p>
      ) : (
        <div className="timeline-scroll">
          <svg
            className="timeline"
            viewBox={`0 0 ${WIDTH} ${height}`}
            width="100%"
            role="group"
            aria-label="Missions by year"
          >
            <defs>
              <pattern
                id="hatch"
                width="6"
                height="6"
                patternUnits="userSpaceOnUse"
                patternTransform="rotate(45)"
              >
                <rect width="6" height="6" className="hatch-bg" />
                <line x1="0" y1="0" x2="0" y2="6" className="hatch-line" strokeWidth="3" />
              </pattern>
            </defs>
            <g className="axis" aria-hidden="true">
              {ticks.map((t) => (
                <g key={t} transform={`translate(${x(t)},0)`}>
                  <line y1={AXIS - 20} y2={height} className="gridline" />
                  <text y={AXIS - 24} textAnchor="middle">
                    {t}
                  </text>
                </g>
              ))}
              <line x1={nowX} x2={nowX} y1={AXIS - 18} y2={height} className="now-line" />
              <text
                x={nowX > WIDTH - 90 ? nowX - 4 : nowX + 4}
                y={AXIS - 6}
                textAnchor={nowX > WIDTH - 90 ? 'end' : 'start'}
                className="now-label"
              >
                now ({currentYear})
              </text>
            </g>
            {rows.map((r, i) => {
              const x0 = x(r.start);
              const x1 = Math.max(x(r.end + 1), x0 + 6);
              const y = AXIS + i * ROW + (ROW - BAR) / 2;
              // Labels go right of the bar, or left of it near the right edge, or inside a bar spanning both.
              const labelLeft = x1 > WIDTH * 0.72;
              const inside = labelLeft && x0 < 160;
              const isSelected = r.id === selected;
              return (
                <g
                  key={r.id}
                  className={`bar bar-${r.style}${isSelected ? ' selected' : ''}`}
                  role="button"
                  tabIndex={0}
                  aria-pressed={isSelected}
                  aria-label={`${r.name}, ${spanText(r)}, ${STYLE_TEXT[r.style]}`}
                  onClick={() => selectMission(r.id)}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter' || e.key === ' ') {
                      e.preventDefault();
                      selectMission(r.id);
                    }
                  }}
                >
                  <title>{`${r.name}: ${spanText(r)} (${STYLE_TEXT[r.style]})`}</title>
                  <rect x={x0} y={y} width={x1 - x0} height={BAR} rx={3} />
                  {r.style === 'ongoing' && (
                    <path d={`M${x1},${y - 2} l7,${BAR / 2 + 2} l-7,${BAR / 2 + 2}z`} className="arrow" />
                  )}
                  <text
                    x={inside ? x0 + 5 : labelLeft ? x0 - 6 : x1 + (r.style === 'ongoing' ? 11 : 5)}
                    y={y + BAR - 1.5}
                    textAnchor={labelLeft && !inside ? 'end' : 'start'}
                    className={inside ? 'bar-label inside' : 'bar-label'}
                  >
                    {r.name}
                  </text>
                </g>
              );
            })}
          </svg>
        </div>
      )}
    </section>
  );
}
