import { useState } from 'react';
import { afterPaint } from '../../app/nextTask';
import { Menu } from '../../components/Menu';
import { describeFiltersLine } from '../../app/describeFilters';
import { subsetDataset } from '../../data/exportData';
import { useT, type MessageKey } from '../../i18n';
import { selectOrgById, selectVisibleMissions } from '../../store/selectors';
import { appStore, useAppStore } from '../../store/store';
import { withWholeTimeline } from '../timeline/wholeTimeline';
import { canvasGraphBoxes, svgOfCanvas } from '../partnershipGraph/canvasGraphSvg';
import {
  barSwatchEntry,
  contentFrame,
  download,
  drawnBoxes,
  framedSvg,
  PngTooLargeError,
  standaloneSvg,
  svgToPng,
  type LegendEntry,
} from './svgExport';

const stamp = () => new Date().toISOString().slice(0, 10);
// The drawings on screen are what gets exported, so they are found in the page when asked for.
const graphSvg = () => document.querySelector<SVGSVGElement>('.graph-panel svg.graph');
/** The agencies the SVG graph shows (those the filters leave out are hidden) and their names. */
const SHOWN_GRAPH_MARKS = 'g.node:not([visibility="hidden"]) circle, .labels text';
/** The graph's colour key as shown next to it. */
const graphLegend = (): LegendEntry[] =>
  [...document.querySelectorAll<HTMLElement>('.graph-panel .legend li')].map((li) => ({
    label: li.textContent?.trim() ?? '',
    color: li.querySelector<HTMLElement>('.swatch')?.style.background ?? '#888',
  }));
// A large graph is drawn on two canvases (links, then nodes and labels); the upper one offers an SVG of both.
const graphCanvas = () => document.querySelector<HTMLCanvasElement>('.graph-panel canvas.graph-canvas');
const timelineSvg = () => document.querySelector<SVGSVGElement>('.timeline-panel svg.timeline');
/** The timeline's key to its bar styles (completed, active, planned, ended early) as shown above it. */
const timelineLegend = (): LegendEntry[] =>
  [...document.querySelectorAll<HTMLElement>('.timeline-panel .legend li')].map((li) =>
    barSwatchEntry(li.textContent?.trim() ?? '', li.querySelector('.swatch')),
  );

/** Renders and saves a PNG; a drawing too large for one, or a failed rendering, is said in a notice. */
function savePng(svgText: string, name: string): Promise<void> {
  return svgToPng(svgText, 3).then(
    (png) => download(name, png),
    (error: unknown) =>
      appStore.getState().addNotices([
        error instanceof PngTooLargeError
          ? { key: 'export.pngTooLarge', params: { width: error.width, height: error.height } }
          : {
              key: 'export.pngFailed',
              params: { reason: error instanceof Error ? error.message : String(error) },
            },
      ]),
  );
}

// The filtered missions and names are read when an export is made, not subscribed to: the menu then does not
// re-render on every filter change.
const name = (id: string) => selectOrgById(appStore.getState()).get(id)?.name ?? id;
const visibleMissions = () => selectVisibleMissions(appStore.getState());

/** Takes results out: the filtered missions as CSV or JSON, the graph and timeline as SVG or PNG, a citation. */
export function ExportMenu() {
  const t = useT();
  const dataset = useAppStore((s) => s.dataset);
  const [open, setOpen] = useState(false);
  // The export being made: a large drawing takes seconds, and the page says so meanwhile.
  const [busy, setBusy] = useState<MessageKey | null>(null);
  if (!dataset) return null;

  const filterText = () => describeFiltersLine(appStore.getState(), t, name) || t('export.noFilters');
  const dataTitle = dataset.title ?? t('data.default');
  const caption = () =>
    t('export.caption', { filters: filterText(), data: dataTitle, url: window.location.href });

  // The graph as a file: the SVG drawing on the page, or one written out for the canvas drawing of a large
  // graph (what it shows, at its zoom).
  // Titled like the timeline's, so that a picture pasted into a worksheet or onto a slide says what it is.
  const graphText = () => {
    const legend = graphLegend();
    const title = t('export.graphTitle', { data: dataTitle });
    const svg = graphSvg();
    // Cropped to the agencies shown and their names: a graph that does not fill its panel leaves no bands.
    if (svg)
      return standaloneSvg(svg, caption(), { content: drawnBoxes(svg, SHOWN_GRAPH_MARKS), legend, title });
    const canvas = graphCanvas();
    const drawn = canvas ? svgOfCanvas(canvas) : null;
    if (!canvas || !drawn) return null;
    const whole = { x: 0, y: 0, width: canvas.clientWidth, height: canvas.clientHeight };
    const frame = contentFrame(canvasGraphBoxes(drawn), whole);
    return framedSvg(drawn, frame, caption(), canvas.closest('.panel'), { legend, title });
  };
  // The timeline draws only the bars near its view: for the picture, every bar. It is titled and carries the
  // key to its bar styles, so that a picture pasted into a worksheet can be read on its own.
  const timelineText = () =>
    withWholeTimeline(() => {
      const svg = timelineSvg();
      if (!svg) return null;
      const title = t('export.timelineTitle', { data: dataTitle });
      return standaloneSvg(svg, caption(), { legend: timelineLegend(), title });
    });
  const orgs = dataset.organizations;
  const actions: [MessageKey, () => void | Promise<void>][] = [
    [
      'export.csv',
      // The CSV writer comes with the import's code (Papa Parse), loaded when first needed.
      async () => {
        const { toPairsCsv } = await import('../../data/csv');
        const missions = visibleMissions();
        const used = new Set(missions.flatMap((m) => m.partners.map((p) => p.org)));
        // The byte-order mark tells spreadsheet programs the file is UTF-8; the import strips it.
        const csv = toPairsCsv(
          missions,
          orgs.filter((o) => used.has(o.id)),
        );
        download(`missions-${stamp()}.csv`, `\uFEFF${csv}`, 'text/csv');
      },
    ],
    [
      'export.json',
      () => {
        const subset = subsetDataset(
          visibleMissions(),
          dataset,
          `${dataset.title ?? 'Missions'} (${filterText()})`,
          stamp(),
        );
        download(`missions-${stamp()}.json`, JSON.stringify(subset, null, 1), 'application/json');
      },
    ],
    [
      'export.graphSvg',
      () => {
        const text = graphText();
        if (text) download(`partnership-graph-${stamp()}.svg`, text, 'image/svg+xml');
      },
    ],
    [
      'export.graphPng',
      () => {
        const text = graphText();
        if (text) return savePng(text, `partnership-graph-${stamp()}.png`);
      },
    ],
    [
      'export.timelineSvg',
      () => {
        const text = timelineText();
        if (text) download(`timeline-${stamp()}.svg`, text, 'image/svg+xml');
      },
    ],
    [
      'export.timelinePng',
      () => {
        const text = timelineText();
        if (text) return savePng(text, `timeline-${stamp()}.png`);
      },
    ],
  ];

  const start = (key: MessageKey, run: () => void | Promise<void>) => {
    setOpen(false);
    setBusy(key);
    // The work is synchronous and can take seconds at 10,000 missions: the notice is painted first.
    afterPaint()
      .then(run)
      .catch((error: unknown) =>
        appStore.getState().addNotices([
          {
            key: 'export.failed',
            params: { reason: error instanceof Error ? error.message : String(error) },
          },
        ]),
      )
      .finally(() => setBusy(null));
  };

  return (
    <>
      <Menu label={t('export.menu')} open={open} onOpenChange={setOpen}>
        <ul className="menu-actions">
          {actions.map(([key, run]) => (
            <li key={key}>
              <button
                type="button"
                className="link-button"
                disabled={busy !== null}
                onClick={() => start(key, run)}
              >
                {t(key)}
              </button>
            </li>
          ))}
        </ul>
        <h3 className="small-heading">{t('export.cite')}</h3>
        <p className="citation" data-testid="citation">
          {t('export.citeText', {
            title: dataTitle,
            date: stamp(),
            filters: filterText(),
            url: window.location.href,
          })}
        </p>
      </Menu>
      <span className="export-status" role="status">
        {busy && t('export.busy', { what: t(busy) })}
      </span>
    </>
  );
}
