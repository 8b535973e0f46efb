import { useId, useState } from 'react';
import { useT } from '../../i18n';

interface Props {
  label: string;
  /** Shown when empty: the bound of the range that applies. */
  placeholder: number;
  value: number | null;
  min: number;
  max: number;
  onCommit(value: number | null): void;
}

/**
 * A year box that commits on Enter or leaving the field, not on every keystroke: "2" on the way to "2010"
 * must not filter the whole dataset away. An out-of-range entry is explained next to the field.
 * The parent keys it by value, so a change from elsewhere (reset, back button) starts it afresh.
 */
export function YearInput({ label, placeholder, value, min, max, onCommit }: Props) {
  const id = useId();
  const t = useT();
  const [text, setText] = useState(value === null ? '' : String(value));
  const [error, setError] = useState<string | null>(null);

  const commit = () => {
    const entered = text.trim();
    if (entered === '') {
      setError(null);
      if (value !== null) onCommit(null);
      return;
    }
    const n = Number(entered);
    if (!Number.isInteger(n) || n < min || n > max) {
      setError(t('filters.yearError', { min, max }));
      return;
    }
    setError(null);
    if (n !== value) onCommit(n);
  };

  return (
    <div className="year-input">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        className="text-input"
        inputMode="numeric"
        placeholder={String(placeholder)}
        value={text}
        aria-invalid={error !== null}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
        }}
      />
      {error && (
        <span id={`${id}-error`} className="field-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
