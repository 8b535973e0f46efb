import { describeFilters } from '../../app/describeFilters';
import { toPairsCsv } from '../../data/csv';
import { subsetDataset } from '../../data/exportData';
import { useT, type MessageKey } from '../../i18n';
import { selectOrgById, selectVisibleMissions } from '../../store/selectors';
import { appStore, useAppStore } from '../../store/store';
import { withWholeTimeline } from '../timeline/wholeTimeline';
import { download, standaloneSvg, svgToPng } from './svgExport';

const stamp = () => new Date().toISOString().slice(0, 10);
// The drawings on screen are what gets exported, so they are found in the page when asked for.
const graphSvg = () => document.querySelector<SVGSVGElement>('.graph-panel svg.graph');
// The canvas graph is two layers, links below and nodes with their labels above: both go into the picture.
const graphCanvases = () => [...document.querySelectorAll<HTMLCanvasElement>('.graph-panel canvas.graph')];
const timelineSvg = () => document.querySelector<SVGSVGElement>('.timeline-panel svg.timeline');

/** Takes results out: the filtered missions as CSV or JSON, the graph and timeline as SVG or PNG, a citation. */
export function ExportMenu() {
  const t = useT();
  const missions = useAppStore(selectVisibleMissions);
  const orgById = useAppStore(selectOrgById);
  const dataset = useAppStore((s) => s.dataset);
  if (!dataset) return null;
  const name = (id: string) => orgById.get(id)?.name ?? id;

  const filterText = () => {
    const labels = describeFilters(appStore.getState(), t, name).map((c) => c.label);
    return labels.length ? labels.join(', ') : t('export.noFilters');
  };
  const caption = () =>
    t('export.caption', {
      filters: filterText(),
      data: dataset.title ?? t('data.default'),
      url: window.location.href,
    });

  const exportSvg = (svg: SVGSVGElement | null, base: string) => {
    if (svg) download(`${base}-${stamp()}.svg`, standaloneSvg(svg, caption()), 'image/svg+xml');
  };
  const exportPng = async (svg: SVGSVGElement | null, base: string) => {
    if (svg) download(`${base}-${stamp()}.png`, await svgToPng(standaloneSvg(svg, caption()), 3));
  };
  // The timeline draws only the bars near its view: for the picture, every bar.
  const timelineText = () =>
    withWholeTimeline(() => {
      const svg = timelineSvg();
      return svg ? standaloneSvg(svg, caption()) : null;
    });
  const exportCanvasPng = async (layers: HTMLCanvasElement[]) => {
    const canvas = layers[0];
    if (!canvas) return;
    // A large graph is already a bitmap at device resolution: copy it and add the caption underneath.
    const out = document.createElement('canvas');
    out.width = canvas.width;
    out.height = canvas.height + 60;
    const ctx = out.getContext('2d');
    if (!ctx) return;
    ctx.fillStyle = getComputedStyle(canvas.closest('.panel') ?? document.body).backgroundColor || '#fff';
    ctx.fillRect(0, 0, out.width, out.height);
    for (const layer of layers) ctx.drawImage(layer, 0, 0);
    ctx.fillStyle = getComputedStyle(document.body).color;
    ctx.font = `${Math.round(24 * (canvas.width / canvas.clientWidth / 2))}px system-ui, sans-serif`;
    ctx.fillText(caption(), 16, out.height - 20);
    const blob = await new Promise<Blob | null>((resolve) => out.toBlob(resolve, 'image/png'));
    if (blob) download(`partnership-graph-${stamp()}.png`, blob);
  };
  const orgs = dataset.organizations;
  const actions: [MessageKey, () => void][] = [
    [
      'export.csv',
      () => {
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
          missions,
          orgs,
          `${dataset.title ?? 'Missions'} (${filterText()})`,
          stamp(),
        );
        download(`missions-${stamp()}.json`, JSON.stringify(subset, null, 1), 'application/json');
      },
    ],
    [
      'export.graphSvg',
      () => {
        const svg = graphSvg();
        // A graph large enough to be painted on a canvas is exported as PNG only.
        if (svg) exportSvg(svg, 'partnership-graph');
        else appStore.getState().addNotices([{ key: 'export.svgTooLarge' }]);
      },
    ],
    [
      'export.graphPng',
      () => {
        const layers = graphCanvases();
        if (layers.length) void exportCanvasPng(layers);
        else void exportPng(graphSvg(), 'partnership-graph');
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
        if (text) void svgToPng(text, 3).then((png) => download(`timeline-${stamp()}.png`, png));
      },
    ],
  ];

  return (
    <details className="menu">
      <summary className="button">{t('export.menu')}</summary>
      <div className="menu-body">
        <ul className="menu-actions">
          {actions.map(([key, run]) => (
            <li key={key}>
              <button type="button" className="link-button" onClick={run}>
                {t(key)}
              </button>
            </li>
          ))}
        </ul>
        <h3 className="small-heading">{t('export.cite')}</h3>
        <p className="citation" data-testid="citation">
          {t('export.citeText', {
            title: dataset.title ?? t('data.default'),
            date: stamp(),
            filters: filterText(),
            url: window.location.href,
          })}
        </p>
      </div>
    </details>
  );
}
