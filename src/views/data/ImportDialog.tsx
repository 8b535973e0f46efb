import { useEffect, useId, useMemo, useState } from 'react';
import { Dialog } from '../../components/Dialog';
import type { ColumnMapping, ImportIssue, ImportResult } from '../../data/importFile';
import { importText, MAX_FILE_BYTES, suggestMapping } from '../../data/importFile';
import { knownOrganizations } from '../../data/knownOrganizations';
import type { Organization } from '../../data/schema';
import { LOCAL_PREFIX, saveDataset } from '../../data/storage';
import { groupDigits, useLanguage, usePlural, useT } from '../../i18n';
import { problemText } from '../../i18n/problems';
import { appStore, useAppStore } from '../../store/store';

type Step =
  | { kind: 'reading' }
  | { kind: 'failed'; reason: string }
  | {
      kind: 'mapping';
      text: string;
      headers: string[];
      mapping: ColumnMapping;
      known: readonly Organization[];
    }
  | { kind: 'report'; result: ImportResult };

const MAPPING_KEY = 'space-explorer:mapping:';
// A stable empty list: a new [] from a store selector on every call would re-render without end.
const NO_ORGANIZATIONS: Organization[] = [];
const close = () => appStore.getState().startImport(null);
/** Where the import started (a file may be dropped anywhere): the Data menu's button, focused after it. */
const dataButton = () => document.querySelector('.data-menu > summary');
const SEPARATORS = ['/', ';', ',', '|'] as const;

function rememberedMapping(headers: string[]): ColumnMapping | null {
  try {
    const raw = localStorage.getItem(MAPPING_KEY + headers.join('\u0001'));
    return raw ? (JSON.parse(raw) as ColumnMapping) : null;
  } catch {
    return null;
  }
}

/**
 * The import of one file: read it, match its columns if they are unfamiliar, report every problem with its
 * row and a fix, and load only when the user says so. Until then the current data and view are untouched.
 */
export function ImportDialog() {
  const file = useAppStore((s) => s.pendingImport);
  const organizations = useAppStore((s) => s.dataset?.organizations ?? NO_ORGANIZATIONS);
  const currentYear = useAppStore((s) => s.currentYear);
  const t = useT();
  const [step, setStep] = useState<Step>({ kind: 'reading' });
  const [remember, setRemember] = useState(true);
  const matchAgainst = step.kind === 'mapping' ? step.known : NO_ORGANIZATIONS;
  const options = useMemo(
    () => ({ knownOrganizations: matchAgainst, currentYear }),
    [matchAgainst, currentYear],
  );

  useEffect(() => {
    if (!file) return;
    let live = true;
    setStep({ kind: 'reading' });
    if (file.size > MAX_FILE_BYTES) {
      setStep({
        kind: 'failed',
        reason: `${(file.size / 1e6).toFixed(1)} MB > ${Math.round(MAX_FILE_BYTES / 1e6)} MB`,
      });
      return;
    }
    // Partners are matched against the explorer's organizations and the current dataset's, not only the
    // latter: after one import, the current dataset holds just the organizations that file used.
    Promise.all([file.text(), knownOrganizations(organizations)]).then(
      ([text, known]) => {
        if (!live) return;
        const first = importText(text, file.name, { knownOrganizations: known, currentYear });
        if (first.needsMapping && first.headers) {
          const mapping =
            rememberedMapping(first.headers) ?? first.suggestedMapping ?? suggestMapping(first.headers);
          setStep({ kind: 'mapping', text, headers: first.headers, mapping, known });
        } else setStep({ kind: 'report', result: first });
      },
      (error: unknown) =>
        live && setStep({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
    // Read each file once; the organizations at that moment are the ones matched against.
    // oxlint-disable-next-line react/exhaustive-deps
  }, [file]);

  const load = async (result: ImportResult) => {
    if (!result.dataset || !file) return;
    const stored = await saveDataset(file.name, result.dataset);
    appStore.setState({ data: `${LOCAL_PREFIX}${stored.id}`, pendingImport: null });
    // Where this import was saved: the notice about the import before it is out of date.
    appStore.getState().addNotices([{ key: 'data.savedAs', params: { name: file.name } }], { replace: true });
  };

  if (!file) return null;
  return (
    <Dialog
      open
      onClose={close}
      title={t('import.title', { name: file.name })}
      className="import"
      returnFocus={dataButton}
    >
      {step.kind === 'reading' && <p role="status">{t('data.reading', { name: file.name })}</p>}
      {step.kind === 'failed' && (
        <>
          <p role="alert">{t('import.failed', { reason: step.reason })}</p>
          <p>{t('import.nothing')}</p>
          <div className="dialog-actions">
            <button type="button" className="button" onClick={close}>
              {t('import.cancel')}
            </button>
          </div>
        </>
      )}
      {step.kind === 'mapping' && (
        <MappingStep
          step={step}
          fileName={file.name}
          options={options}
          remember={remember}
          onRemember={setRemember}
          onChange={(mapping) => setStep({ ...step, mapping })}
          onApply={() => {
            if (remember)
              try {
                localStorage.setItem(MAPPING_KEY + step.headers.join('\u0001'), JSON.stringify(step.mapping));
              } catch {
                // Storage full or blocked: the mapping is simply not remembered.
              }
            setStep({
              kind: 'report',
              result: importText(step.text, file.name, { ...options, mapping: step.mapping }),
            });
          }}
          onCancel={close}
        />
      )}
      {step.kind === 'report' && (
        <Report result={step.result} onLoad={(r) => void load(r)} onCancel={close} />
      )}
    </Dialog>
  );
}

/** A problem and its fix in the interface language (a message only in English stays so). */
function issueWords(issue: ImportIssue, lang: ReturnType<typeof useLanguage>) {
  const text = issue.text ? problemText(lang, issue.text) : issue.message;
  const more = issue.more === 0 || !issue.text ? 0 : issue.more;
  const message = more
    ? problemText(lang, { key: more === 1 ? 'more.one' : 'more.other', params: { text, count: more } })
    : text;
  return { message, fix: issue.fixText ? problemText(lang, issue.fixText) : issue.fix };
}

function IssueList({ issues }: { issues: ImportIssue[] }) {
  const t = useT();
  const lang = useLanguage();
  return (
    <ul className="issues">
      {issues.slice(0, 200).map((issue, i) => {
        const { message, fix } = issueWords(issue, lang);
        return (
          <li key={i}>
            {placed(issue) ? (
              <>
                <IssuePlace issue={issue} />
                {message}
              </>
            ) : (
              message.charAt(0).toUpperCase() + message.slice(1)
            )}
            {fix && <span className="issue-fix">{t('import.fix', { fix })}</span>}
          </li>
        );
      })}
    </ul>
  );
}

/**
 * How much of the file can be loaded. A JSON file is counted in missions; a CSV file in rows, which are not
 * missions when each row is one mission–partner pair ("20 missions can be loaded from 105 rows").
 */
function summary(result: ImportResult, tp: ReturnType<typeof usePlural>): string {
  const valid = result.dataset?.missions.length ?? 0;
  const skipped = tp('count.problemRows', result.skippedRows);
  return result.format === 'json'
    ? tp('import.summary', result.totalRows, { valid: groupDigits(valid), skipped })
    : tp('import.summaryRows', result.totalRows, { missions: tp('count.loadable', valid), skipped });
}

/** Whether a problem has a place in the file; one about the whole file (no place) reads as a sentence. */
const placed = (issue: ImportIssue): boolean =>
  issue.row !== null || Boolean(issue.path) || issue.column !== null;

/**
 * "Row 3 column “start”: " for a CSV file; "Mission “SARAL” (missions[0]): " or "organizations[2].id: " for
 * a JSON file, whose fields are not columns and whose missions are named rather than counted.
 */
function IssuePlace({ issue }: { issue: ImportIssue }) {
  const t = useT();
  if (issue.row !== null || !issue.path)
    return (
      <>
        {issue.row !== null && <strong>{t('import.where', { row: issue.row })}</strong>}
        {issue.column !== null && <> {t('import.column', { column: issue.column })}</>}
        {': '}
      </>
    );
  const missionPath = /^missions\[\d+\]/.exec(issue.path)?.[0];
  return (
    <>
      <strong>
        {issue.mission !== null && missionPath
          ? t('import.mission', { name: issue.mission, path: missionPath })
          : issue.path}
      </strong>
      {': '}
    </>
  );
}

function Report({
  result,
  onLoad,
  onCancel,
}: {
  result: ImportResult;
  onLoad(r: ImportResult): void;
  onCancel(): void;
}) {
  const t = useT();
  const tp = usePlural();
  const errors = result.issues.filter((i) => i.severity === 'error');
  const warnings = result.issues.filter((i) => i.severity === 'warning');
  const valid = result.dataset?.missions.length ?? 0;
  return (
    <>
      {/* A file that could not be read at all has no missions to count: its problem says why. */}
      {result.totalRows > 0 && <p role="status">{summary(result, tp)}</p>}
      {errors.length > 0 && (
        <>
          <h3>{t('import.problems')}</h3>
          <IssueList issues={errors} />
        </>
      )}
      {warnings.length > 0 && (
        <>
          <h3>{t('import.warnings')}</h3>
          <IssueList issues={warnings} />
        </>
      )}
      {valid === 0 && <p role="alert">{t('import.nothing')}</p>}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onCancel}>
          {t('import.cancel')}
        </button>
        {valid > 0 && (
          <button type="button" className="button primary" onClick={() => onLoad(result)}>
            {result.skippedRows > 0 ? tp('import.loadValid', valid) : tp('import.load', valid)}
          </button>
        )}
      </div>
    </>
  );
}

interface MappingProps {
  step: Extract<Step, { kind: 'mapping' }>;
  fileName: string;
  options: { knownOrganizations: readonly Organization[]; currentYear: number };
  remember: boolean;
  onRemember(v: boolean): void;
  onChange(mapping: ColumnMapping): void;
  onApply(): void;
  onCancel(): void;
}

function MappingStep({
  step,
  fileName,
  options,
  remember,
  onRemember,
  onChange,
  onApply,
  onCancel,
}: MappingProps) {
  const t = useT();
  const tp = usePlural();
  const id = useId();
  const { headers, mapping, text } = step;
  // The preview re-reads the file only when the mapping changes, not on every render.
  const preview = useMemo(
    () => importText(text, fileName, { ...options, mapping }),
    [text, fileName, options, mapping],
  );
  const missing = (
    [
      ['name', t('mapping.name')],
      ['start', t('mapping.start')],
      ['partners', t('mapping.partners')],
    ] as const
  ).flatMap(([key, label]) => (mapping[key] ? [] : [label]));
  const field = (key: 'name' | 'start' | 'end' | 'partners', label: string, optional = false) => (
    <div>
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <select
        id={`${id}-${key}`}
        className="text-input"
        value={mapping[key] ?? ''}
        onChange={(e) => onChange({ ...mapping, [key]: e.target.value || undefined })}
      >
        {/* A required value not chosen yet says so, rather than showing the first column as if chosen. */}
        {optional ? (
          <option value="">{t('mapping.none')}</option>
        ) : (
          !mapping[key] && (
            <option value="" disabled>
              {t('mapping.choose')}
            </option>
          )
        )}
        {headers.map((h) => (
          <option key={h} value={h}>
            {h}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <>
      <p>{t('mapping.intro')}</p>
      <div className="mapping-grid">
        {field('name', t('mapping.name'))}
        {field('start', t('mapping.start'))}
        {field('end', t('mapping.end'), true)}
        {field('partners', t('mapping.partners'))}
        <div>
          <label htmlFor={`${id}-sep`}>{t('mapping.separator')}</label>
          <select
            id={`${id}-sep`}
            className="text-input"
            value={mapping.separator}
            onChange={(e) =>
              onChange({ ...mapping, separator: e.target.value as ColumnMapping['separator'] })
            }
          >
            {SEPARATORS.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </div>
      </div>
      {missing.length > 0 && (
        <p role="alert" className="field-error">
          {t('mapping.missing', { fields: missing.join(', ') })}
        </p>
      )}
      <h3>{t('mapping.preview')}</h3>
      <table className="preview">
        <thead>
          <tr>
            <th scope="col">{t('table.col.name')}</th>
            <th scope="col">{t('table.col.years')}</th>
            <th scope="col">{t('table.col.partners')}</th>
          </tr>
        </thead>
        <tbody>
          {(preview.dataset?.missions ?? []).slice(0, 5).map((m) => (
            <tr key={m.id}>
              <td>{m.name}</td>
              <td>
                {m.start}
                {m.end !== null && `–${m.end}`}
              </td>
              <td>
                {m.partners
                  .map((p) => preview.dataset?.organizations.find((o) => o.id === p.org)?.name ?? p.org)
                  .join(', ')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">{summary(preview, tp)}</p>
      <label className="remember">
        <input type="checkbox" checked={remember} onChange={(e) => onRemember(e.target.checked)} />{' '}
        {t('mapping.remember')}
      </label>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onCancel}>
          {t('import.cancel')}
        </button>
        <button type="button" className="button primary" onClick={onApply} disabled={missing.length > 0}>
          {t('mapping.apply')}
        </button>
      </div>
    </>
  );
}
