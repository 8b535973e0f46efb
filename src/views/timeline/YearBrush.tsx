import { brushX, scaleLinear, select, type BrushBehavior } from 'd3';
import { memo, useEffect, useMemo, useRef } from 'react';
import { brushToYears, yearsToBrush } from '../../domain/yearScale';

interface Props {
  /** First and last year the strip shows. */
  extent: [number, number];
  from: number | null;
  to: number | null;
  /** Missions started per year, drawn as a small histogram under the brush. */
  starts: ReadonlyMap<number, number>;
  onChange(from: number | null, to: number | null): void;
  /** The accessible name of the strip. */
  label: string;
  /**
   * Its width in CSS pixels (the timeline's drawing width): the strip is drawn at its real size, so its year
   * labels keep their size on a phone instead of shrinking with a 1000-unit drawing scaled to fit.
   */
  width?: number;
}

const DEFAULT_WIDTH = 1000;
const HEIGHT = 46;
const AXIS = 16;
const MARGIN = { left: 12, right: 16 };

/**
 * An overview strip of all years with a brush: drawing, moving or resizing the selection sets `from`/`to`;
 * a click outside it clears them. The brush is the year filter's other face: when the filter changes
 * elsewhere (the inputs, a chip, back/forward), the selection moves to match. Memoized: other filter
 * changes leave its props as they were.
 */
export const YearBrush = memo(function YearBrush(props: Props) {
  const { extent, from, to, starts, onChange, label, width = DEFAULT_WIDTH } = props;
  const gRef = useRef<SVGGElement>(null);
  const brushRef = useRef<BrushBehavior<unknown> | null>(null);
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  }, [onChange]);

  const x = useMemo(
    () =>
      scaleLinear()
        .domain([extent[0], extent[1] + 1])
        .range([MARGIN.left, width - MARGIN.right]),
    [extent, width],
  );

  // D3 owns the brush's own elements inside this <g>; React never renders into it.
  useEffect(() => {
    const g = gRef.current;
    if (!g) return;
    const brush = brushX<unknown>()
      .extent([
        [MARGIN.left, 0],
        [width - MARGIN.right, HEIGHT - AXIS],
      ])
      .on('end', (event: { selection: [number, number] | null; sourceEvent?: Event }) => {
        if (!event.sourceEvent) return; // moved by code, not by the user
        if (!event.selection) onChangeRef.current(null, null);
        else {
          const [f, t] = brushToYears(x.invert, event.selection, extent);
          onChangeRef.current(f, t);
        }
      });
    select(g).call(brush);
    brushRef.current = brush;
    return () => {
      select(g).on('.brush', null).selectAll('*').remove();
    };
  }, [x, extent, width]);

  useEffect(() => {
    const g = gRef.current;
    const brush = brushRef.current;
    if (!g || !brush) return;
    const selection =
      from === null && to === null ? null : yearsToBrush(x, from ?? extent[0], to ?? extent[1]);
    select(g).call(brush.move, selection);
  }, [x, from, to, extent]);

  const max = Math.max(1, ...starts.values());
  // A year label about every 60 px: one every five years across a desktop panel, every ten on a phone.
  const ticks = x.ticks(Math.max(3, Math.round(width / 60))).filter((t) => Number.isInteger(t));
  const barWidth = Math.max(1, x(extent[0] + 1) - x(extent[0]) - 1);
  return (
    <svg
      className="year-brush"
      viewBox={`0 0 ${width} ${HEIGHT}`}
      width="100%"
      role="group"
      aria-label={label}
    >
      <g aria-hidden="true">
        {[...starts.entries()].map(([year, n]) => {
          const h = ((HEIGHT - AXIS - 4) * n) / max;
          return (
            <rect
              key={year}
              className="density"
              x={x(year)}
              y={HEIGHT - AXIS - h}
              width={barWidth}
              height={h}
            />
          );
        })}
        {ticks.map((t) => (
          <text key={t} x={x(t)} y={HEIGHT - 3} textAnchor="middle" className="brush-tick">
            {t}
          </text>
        ))}
      </g>
      <g ref={gRef} className="brush" />
    </svg>
  );
});
