import { scaleLinear } from 'd3';
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useFocusHandoff, useFocusStaysInBox } from '../../components/focusHandoff';
import type { Destination, MissionType } from '../../data/vocabulary';
import type { LaneMode } from '../../domain/urlState';
import { groupIntoLanes, yearExtent, type TimelineRow } from '../../domain/timeline';
import { selectDatasetYears, selectMissionById, selectTimelineRows } from '../../store/selectors';
import { appStore, useAppStore } from '../../store/store';
import { useWholeTimeline } from './wholeTimeline';
import { YearBrush } from './YearBrush';
import { labelMeasurer, placeLabel } from './fitLabel';
import { RadioChoice } from '../../components/RadioChoice';
import { chooseMission } from '../missionDetails/revealDetails';
import { usePlural, useT, type Translate } from '../../i18n';

const ROW = 18;
const BAR = 11;
const LANE_HEAD = 22;
const AXIS = 40;
const MARGIN = { left: 12, right: 16 };
/** Drawing units across: the drawing is scaled to its box above this width, and drawn 1:1 below it. */
const WIDTH = 1000;
/**
 * Below WIDTH pixels (a phone, a narrow embed), the drawing is as many units wide as its box is pixels:
 * scaled down, its 11-unit type would shrink to 4 px. Its rows then take more room and the view scrolls.
 */
const drawingWidth = (boxWidth: number) => (boxWidth > 0 ? Math.max(280, Math.min(WIDTH, boxWidth)) : WIDTH);
/** The labels' font size in drawing units (`.timeline` and `.timeline.present` in styles.css). */
const LABEL_SIZE = 11;
const PRESENT_LABEL_SIZE = 17;
/**
 * Only the bars scrolled into view, plus this margin (in drawing units) above and below, are in the page,
 * as the table keeps only the rows in view: a filter change then adds, moves and lays out a few dozen bars,
 * not every mission's. The lanes still say how many missions they hold; the table lists them all.
 * About six rows each way: a wheel step stays inside it until the next frame draws the bars further on
 * (300 drew twice the bars in view; A/B on the default data, year change median 17 → 14 ms).
 */
const CULL_MARGIN = 120;
/** Taller than any drawing (a million units is 55,000 rows of bars). */
const CLIP_HEIGHT = 1e6;

function spanText(r: TimelineRow, t: Translate): string {
  if (r.style === 'ongoing') return t('timeline.span.ongoing', { start: r.start });
  if (r.style === 'planned') return t('timeline.span.planned', { start: r.start });
  return r.start === r.end ? String(r.start) : t('timeline.span.range', { start: r.start, end: r.end });
}

const styleText = (r: TimelineRow, t: Translate) => t(`timeline.style.${r.style}`);

// A bar's accessible name, worked out once per bar and language (`t` is one function per language): the
// rows are the same objects from one filter change to the next (see selectTimelineRows), so a change only
// names the bars that come into view.
const barNames = new WeakMap<Translate, WeakMap<TimelineRow, string>>();
function barName(r: TimelineRow, t: Translate): string {
  let names = barNames.get(t);
  if (!names) barNames.set(t, (names = new WeakMap()));
  let name = names.get(r);
  if (name === undefined) {
    name = t('timeline.bar', { name: r.name, span: spanText(r, t), style: styleText(r, t) });
    names.set(r, name);
  }
  return name;
}

/** One bar per mission on a shared year axis, in lanes; a fixed-width drawing scaled to the panel. */
export function Timeline() {
  const t = useT();
  const tp = usePlural();
  const present = useAppStore((s) => s.present);
  // On a classroom screen the bars and their labels grow with the type.
  const row = present ? 30 : ROW;
  const bar = present ? 19 : BAR;
  const measure = useMemo(() => labelMeasurer(present ? PRESENT_LABEL_SIZE : LABEL_SIZE), [present]);
  const rows = useAppStore(selectTimelineRows);
  const missionById = useAppStore(selectMissionById);
  const currentYear = useAppStore((s) => s.currentYear);
  const selected = useAppStore((s) => s.mission);
  const lanesBy = useAppStore((s) => s.lanes);
  const from = useAppStore((s) => s.filters.from);
  const to = useAppStore((s) => s.filters.to);
  const datasetYears = useAppStore(selectDatasetYears);
  const allMissions = useAppStore((s) => s.dataset?.missions);
  const { setYearRange } = appStore.getState();
  // What is hovered (or focused) is kept by id and read from the rows shown: a mission the filters or the
  // time-lapse's year leave out has no tooltip.
  const [hoveredId, setHoveredId] = useState<string | null>(null);
  const setHovered = useCallback((r: TimelineRow | null) => setHoveredId(r?.id ?? null), []);
  const hovered = useMemo(
    () => (hoveredId === null ? null : (rows.find((r) => r.id === hoveredId) ?? null)),
    [rows, hoveredId],
  );
  // The visible slice of the drawing, in drawing units, for culling long timelines.
  const scrollRef = useRef<HTMLDivElement>(null);
  const [view, setView] = useState({ top: 0, bottom: 600 });
  const [width, setWidth] = useState(WIDTH);
  const whole = useWholeTimeline();
  const frame = useRef(0);
  const measureView = useCallback(() => {
    const el = scrollRef.current;
    if (!el || !el.clientHeight) return;
    const drawn = drawingWidth(el.clientWidth);
    setWidth(drawn);
    const scale = (el.clientWidth || drawn) / drawn;
    const next = { top: el.scrollTop / scale, bottom: (el.scrollTop + el.clientHeight) / scale };
    setView((v) => (v.top === next.top && v.bottom === next.bottom ? v : next));
  }, []);
  const onScroll = () => {
    cancelAnimationFrame(frame.current);
    frame.current = requestAnimationFrame(measureView);
  };
  // The view's size changes with the window, the presentation mode and the single-view layout.
  const [scrollBox, setScrollBox] = useState<HTMLDivElement | null>(null);
  const setScroll = useCallback((el: HTMLDivElement | null) => {
    scrollRef.current = el;
    setScrollBox(el);
  }, []);
  useEffect(() => {
    if (!scrollBox || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measureView);
    observer.observe(scrollBox);
    return () => observer.disconnect();
  }, [scrollBox, measureView]);

  const [activeBar, setActiveBar] = useState<string | null>(null);
  // A bar moved to with the keyboard is focused once it is drawn (after its scroll, a render later), in
  // the commit that culls the bar left behind (see useFocusHandoff).
  const handOff = useFocusHandoff();
  // Bars are memoized, so they get one lasting key handler; it reads this render's lanes through a ref.
  const moveRef = useRef<(fromId: string, key: string) => boolean>(() => false);
  const revealRef = useRef<(id: string) => boolean>(() => false);
  const [onMove] = useState(() => (fromId: string, key: string) => moveRef.current(fromId, key));
  // The tooltip sits by the bar it describes (under it, or over it near the box's foot), not in a corner
  // of the panel: following bars with the arrow keys, the eye stays on the bar.
  const [panel, setPanel] = useState<HTMLElement | null>(null);
  const tipRef = useRef<HTMLDivElement>(null);
  // The brushed years are the zoom: the axis shows the chosen window, or everything when none is chosen.
  const [first, last] = useMemo(() => {
    const [a, b] = yearExtent(rows, currentYear);
    return [from ?? a, to !== null ? to + 1 : b];
  }, [rows, currentYear, from, to]);
  const x = useMemo(
    () =>
      scaleLinear()
        .domain([first, last])
        .range([MARGIN.left, width - MARGIN.right]),
    [first, last, width],
  );
  // About one year label per 80 units, so that a narrow drawing's labels do not run together.
  const ticks = x
    .ticks(Math.min(12, Math.floor(width / 80), last - first))
    .filter((tick) => Number.isInteger(tick));
  const lanes = useMemo(() => groupIntoLanes(rows, lanesBy), [rows, lanesBy]);
  // Placed again after every render, as the bars may have moved (a filter, a year of the time-lapse, a
  // scroll), and hidden while its bar is not drawn (scrolled out of the box): it never points at a place
  // the bar has left. Without a tooltip (most renders, every filter change of the bench) it reads a ref.
  useLayoutEffect(() => {
    const tip = tipRef.current;
    if (!tip || !hovered || !panel || !scrollBox) return;
    const el = scrollBox.querySelector(`g[role="button"][data-id="${CSS.escape(hovered.id)}"]`);
    tip.style.visibility = el ? '' : 'hidden';
    if (!el) return;
    const b = el.getBoundingClientRect();
    const p = panel.getBoundingClientRect();
    const box = scrollBox.getBoundingClientRect();
    const below = b.bottom + tip.offsetHeight + 8 < box.bottom;
    tip.style.top = `${Math.round((below ? b.bottom + 6 : b.top - tip.offsetHeight - 6) - p.top)}px`;
    tip.style.left = `${Math.round(Math.max(8, Math.min(b.left - p.left, p.width - tip.offsetWidth - 8)))}px`;
    tip.style.right = 'auto';
  });
  const starts = useMemo(() => {
    const counts = new Map<number, number>();
    for (const m of allMissions ?? []) counts.set(m.start, (counts.get(m.start) ?? 0) + 1);
    return counts;
  }, [allMissions]);
  // Memoized: a new array each render would rebuild the brush, and break a drag in progress.
  const overview = useMemo<[number, number]>(
    () => [datasetYears[0], Math.max(datasetYears[1], currentYear)],
    [datasetYears, currentYear],
  );

  const laneLayout = lanes.reduce<{ lane: (typeof lanes)[number]; top: number }[]>((out, lane) => {
    const prev = out[out.length - 1];
    out.push({ lane, top: prev ? prev.top + LANE_HEAD + prev.lane.rows.length * row : AXIS });
    return out;
  }, []);
  const lastLane = laneLayout[laneLayout.length - 1];
  const height = (lastLane ? lastLane.top + LANE_HEAD + lastLane.lane.rows.length * row : AXIS) + 8;
  const nowX = x(currentYear + 0.5);
  const inView = (y: number) => whole || (y > view.top - CULL_MARGIN && y < view.bottom + CULL_MARGIN);
  // The positions of a lane's bars that may be in view (bar i sits at base + i × row): only those are
  // looked at, so a filter change at 10,000 missions walks a screenful of bars, not all of them.
  const inViewRange = (count: number, base: number): number[] => {
    const lo = whole ? 0 : Math.max(0, Math.floor((view.top - CULL_MARGIN - base) / row));
    const hi = whole ? count : Math.min(count, Math.ceil((view.bottom + CULL_MARGIN - base) / row) + 1);
    return Array.from({ length: Math.max(0, hi - lo) }, (_, k) => lo + k);
  };
  // The timeline is one Tab stop (as the table is): the bar last moved to, or the first one drawn; the
  // arrow keys, Page Up/Down, Home and End move between bars in reading order, scrolling them into view.
  // Tabbing through every bar to reach the table took hundreds of presses on a large dataset.
  const barTop = (laneTop: number, i: number) => laneTop + LANE_HEAD + i * row + (row - bar) / 2;
  let tabStop: string | null = null;
  if (activeBar !== null) {
    for (const { lane, top } of laneLayout) {
      const i = lane.rows.findIndex((r) => r.id === activeBar);
      if (i >= 0 && inView(barTop(top, i))) tabStop = activeBar;
      if (i >= 0) break;
    }
  }
  if (tabStop === null)
    first: for (const { lane, top } of laneLayout)
      for (const i of inViewRange(lane.rows.length, barTop(top, 0)))
        if (inView(barTop(top, i))) {
          tabStop = lane.rows[i]?.id ?? null;
          break first;
        }
  const barElement = (id: string) =>
    scrollBox?.querySelector<SVGGElement>(`g[role="button"][data-id="${CSS.escape(id)}"]`);
  // A focused bar that stops being drawn (scrolled away, or its mission hidden) hands focus to one in view.
  useFocusStaysInBox(scrollRef, 'g[role="button"]');
  const moveFrom = (fromId: string, key: string): boolean => {
    const order: { id: string; y: number }[] = [];
    for (const { lane, top } of laneLayout)
      lane.rows.forEach((r, i) => order.push({ id: r.id, y: barTop(top, i) }));
    const at = order.findIndex((o) => o.id === fromId);
    const el = scrollBox;
    const scale = el && el.clientWidth ? el.clientWidth / width : 1;
    const page = Math.max(1, Math.floor((el?.clientHeight ?? 400) / scale / row) - 1);
    const targets: Record<string, number> = {
      ArrowDown: at + 1,
      ArrowUp: at - 1,
      PageDown: at + page,
      PageUp: at - page,
      Home: 0,
      End: order.length - 1,
    };
    const target = targets[key];
    if (target === undefined || at < 0) return false;
    const next = order[Math.max(0, Math.min(order.length - 1, target))];
    if (!next) return false;
    setActiveBar(next.id);
    handOff(() => barElement(next.id));
    if (el) scrollToBar(el, next.y, scale);
    return true;
  };
  /** Scrolls the box so that the bar at `y` (drawing units) is in view, mid-box, unless it already is. */
  const scrollToBar = (el: HTMLElement, y: number, scale: number) => {
    const top = y * scale;
    if (top < el.scrollTop || top + bar * scale > el.scrollTop + el.clientHeight)
      el.scrollTo({ top: Math.max(0, top - el.clientHeight / 2) });
  };
  /** Scrolls a mission's bar into view (if it is not) and makes it the Tab stop; false if it is not drawn. */
  const reveal = (id: string): boolean => {
    const el = scrollBox;
    if (!el) return false;
    for (const { lane, top } of laneLayout) {
      const i = lane.rows.findIndex((r) => r.id === id);
      if (i < 0) continue;
      scrollToBar(el, barTop(top, i), el.clientWidth ? el.clientWidth / width : 1);
      setActiveBar(id);
      return true;
    }
    return false;
  };
  useLayoutEffect(() => {
    moveRef.current = moveFrom;
    revealRef.current = reveal;
  });
  // A mission chosen anywhere (the table, the graph's details, a story, a link) is brought into view here
  // too, once: the views then visibly agree. Later filter changes do not scroll back to it. Checked after
  // every render, as the bar may only be drawn later (the box measured, a filter that hid it removed).
  const revealed = useRef<string | null>(null);
  useEffect(() => {
    if (selected === null) revealed.current = null;
    else if (revealed.current !== selected && revealRef.current(selected)) revealed.current = selected;
  });
  const laneLabel = (key: string) =>
    lanesBy === 'type' ? t(`type.${key as MissionType}`) : t(`destination.${key as Destination}`);

  return (
    <section className="panel timeline-panel" aria-labelledby="timeline-title" ref={setPanel}>
      <div className="panel-head">
        <h2 id="timeline-title" className="panel-title">
          {t('timeline.title')}
        </h2>
        <RadioChoice
          legend="timeline.lanesBy"
          name="timeline-lanes"
          choices={LANE_CHOICES}
          value={lanesBy}
          onChange={setLanes}
        />
        <ul className="legend" aria-label={t('timeline.styles')}>
          <li>
            <span className="swatch bar-finished" aria-hidden="true" /> {t('timeline.completed')}
          </li>
          <li>
            <span className="swatch bar-ongoing" aria-hidden="true" /> {t('timeline.active')}
          </li>
          <li>
            <span className="swatch bar-planned" aria-hidden="true" /> {t('timeline.planned')}
          </li>
          <li>
            <span className="swatch bar-ended-early" aria-hidden="true" /> {t('timeline.ended')}
          </li>
        </ul>
      </div>
      <YearBrush
        extent={overview}
        from={from}
        to={to}
        starts={starts}
        onChange={setYearRange}
        label={t('timeline.brush')}
        width={width}
      />
      <p className="hint muted">{t('timeline.brushHint')}</p>
      {rows.length === 0 ? (
        <p className="empty">{t('timeline.empty')}</p>
      ) : (
        <div
          className="timeline-scroll"
          ref={setScroll}
          onScroll={onScroll}
          onPointerLeave={() => setHovered(null)}
        >
          <svg
            className={present ? 'timeline present' : 'timeline'}
            viewBox={`0 0 ${width} ${height}`}
            width="100%"
            role="group"
            aria-label={t('timeline.drawing')}
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
              {/* Clips only horizontally, with a fixed height: a clip that followed the drawing's height would
                  change with every filter, and every clipped bar would be laid out again. */}
              <clipPath id="timeline-clip">
                <rect
                  x={MARGIN.left}
                  y={0}
                  width={width - MARGIN.left - MARGIN.right + 12}
                  height={CLIP_HEIGHT}
                />
              </clipPath>
            </defs>
            <g className="axis" aria-hidden="true">
              {ticks.map((tick) => {
                // A year at either edge of the drawing is set inside it rather than centred across the edge
                // (with the large type of Present mode, "1975" read "975").
                const half = measure(String(tick)) / 2;
                const at = x(tick);
                const anchor = at - half < 0 ? 'start' : at + half > width ? 'end' : 'middle';
                return (
                  <g key={tick} transform={`translate(${at},0)`}>
                    <line y1={AXIS - 20} y2={height} className="gridline" />
                    <text
                      x={anchor === 'start' ? 1 - at : anchor === 'end' ? width - 1 - at : 0}
                      y={AXIS - 24}
                      textAnchor={anchor}
                    >
                      {tick}
                    </text>
                  </g>
                );
              })}
              {currentYear >= first && currentYear < last && (
                <>
                  <line x1={nowX} x2={nowX} y1={AXIS - 18} y2={height} className="now-line" />
                  <text
                    x={nowX > width - 90 ? nowX - 4 : nowX + 4}
                    y={AXIS - 6}
                    textAnchor={nowX > width - 90 ? 'end' : 'start'}
                    className="now-label"
                  >
                    {t('timeline.now', { year: currentYear })}
                  </text>
                </>
              )}
            </g>
            {laneLayout.map(({ lane, top }) => (
              <g
                key={lane.key}
                className="lane"
                role="list"
                aria-label={t('timeline.lane', { name: laneLabel(lane.key), count: lane.rows.length })}
              >
                <text x={MARGIN.left} y={top + LANE_HEAD - 7} className="lane-label" aria-hidden="true">
                  {laneLabel(lane.key)} · {lane.rows.length}
                </text>
                <g clipPath="url(#timeline-clip)">
                  {inViewRange(lane.rows.length, top + LANE_HEAD + (row - bar) / 2).map((i) => {
                    const r = lane.rows[i] as TimelineRow;
                    const yy = top + LANE_HEAD + i * row + (row - bar) / 2;
                    if (!inView(yy)) return null;
                    const x0 = x(Math.max(r.start, first));
                    const x1 = Math.max(x(Math.min(r.end + 1, last)), x0 + 6);
                    const isSelected = r.id === selected;
                    const place = placeLabel(
                      {
                        name: r.name,
                        x0,
                        x1,
                        arrow: r.style === 'ongoing',
                        selected: isSelected,
                        min: MARGIN.left,
                        // The clip ends 4 units short of the drawing's edge; a label keeps clear of it.
                        max: width - 8,
                      },
                      measure,
                    );
                    return (
                      <TimelineBar
                        key={r.id}
                        row={r}
                        x0={x0}
                        x1={x1}
                        y={yy}
                        bar={bar}
                        labelX={place.x}
                        labelEnd={place.anchor === 'end'}
                        inside={place.inside}
                        text={place.text}
                        arrow={r.style === 'ongoing' && r.end + 1 <= last}
                        selected={isSelected}
                        label={barName(r, t)}
                        onSelect={chooseMission}
                        onHover={setHovered}
                        tabStop={r.id === tabStop}
                        onActive={setActiveBar}
                        onMove={onMove}
                      />
                    );
                  })}
                </g>
              </g>
            ))}
          </svg>
        </div>
      )}
      {hovered && (
        <div className="tooltip timeline-tooltip" role="tooltip" ref={tipRef}>
          <strong>{hovered.name}</strong>
          <span>
            {spanText(hovered, t)} · {styleText(hovered, t)}
          </span>
          <span>
            {t('timeline.tooltipPartners', {
              partners: tp('count.partners', missionById.get(hovered.id)?.partners.length ?? 0),
            })}
          </span>
        </div>
      )}
    </section>
  );
}

interface BarProps {
  row: TimelineRow;
  x0: number;
  x1: number;
  y: number;
  bar: number;
  labelX: number;
  labelEnd: boolean;
  inside: boolean;
  /** The name as drawn: whole, or cut to its room and ended with "…" (the button's label has it whole). */
  text: string;
  arrow: boolean;
  selected: boolean;
  label: string;
  onSelect(id: string): void;
  onHover(row: TimelineRow | null): void;
  /** The timeline's one Tab stop. */
  tabStop: boolean;
  onActive(id: string): void;
  /** Moves focus from this bar for a navigation key; false for other keys. */
  onMove(from: string, key: string): boolean;
}

const setLanes = (lanes: LaneMode) => appStore.getState().setLanes(lanes);

const LANE_CHOICES = [
  ['type', 'timeline.byType'],
  ['destination', 'timeline.byDestination'],
] as const;
/**
 * One mission's bar. Memoized on what it draws: a filter change or a hover re-renders only the bars that
 * moved or changed, not every bar of the timeline.
 */
const TimelineBar = memo(
  function TimelineBar({
    row: r,
    x0,
    x1,
    y,
    bar,
    labelX,
    labelEnd,
    inside,
    text,
    arrow,
    selected,
    label,
    onSelect,
    onHover,
    tabStop,
    onActive,
    onMove,
  }: BarProps) {
    return (
      // Placed by a transform: when filtering moves a bar to another row, its label is not laid out again.
      <g
        role="listitem"
        className={`bar bar-${r.style}${selected ? ' selected' : ''}`}
        transform={`translate(0,${y})`}
      >
        <g
          role="button"
          tabIndex={tabStop ? 0 : -1}
          data-id={r.id}
          aria-pressed={selected}
          aria-label={label}
          onClick={() => onSelect(r.id)}
          onPointerEnter={() => onHover(r)}
          // After a scroll the browser tells the bar that moved away from under the pointer that it left.
          onPointerLeave={() => onHover(null)}
          onFocus={() => {
            onHover(r);
            onActive(r.id);
          }}
          onBlur={() => onHover(null)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' || e.key === ' ') {
              e.preventDefault();
              onSelect(r.id);
            } else if (!e.altKey && !e.ctrlKey && !e.metaKey && onMove(r.id, e.key)) e.preventDefault();
          }}
        >
          <rect x={x0} y={0} width={x1 - x0} height={bar} rx={3} />
          {arrow && <path d={`M${x1},-2 l7,${bar / 2 + 2} l-7,${bar / 2 + 2}z`} className="arrow" />}
          <text
            x={labelX}
            y={bar - 1.5}
            textAnchor={labelEnd ? 'end' : 'start'}
            className={inside ? 'bar-label inside' : 'bar-label'}
          >
            {text}
          </text>
        </g>
      </g>
    );
  },
  // Rows are rebuilt on every filter change; a bar is the same when everything it shows is.
  (a, b) =>
    a.row.id === b.row.id &&
    a.row.name === b.row.name &&
    a.row.style === b.row.style &&
    a.x0 === b.x0 &&
    a.x1 === b.x1 &&
    a.y === b.y &&
    a.bar === b.bar &&
    a.labelX === b.labelX &&
    a.labelEnd === b.labelEnd &&
    a.inside === b.inside &&
    a.text === b.text &&
    a.arrow === b.arrow &&
    a.selected === b.selected &&
    a.label === b.label &&
    a.onSelect === b.onSelect &&
    a.onHover === b.onHover &&
    a.tabStop === b.tabStop &&
    a.onActive === b.onActive &&
    a.onMove === b.onMove,
);
