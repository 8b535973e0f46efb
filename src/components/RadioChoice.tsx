import { memo, type ReactElement } from 'react';
import { useT, type MessageKey } from '../i18n';

interface Props<T extends string> {
  legend: MessageKey;
  /** Read by screen readers only, where the choices say enough on screen. */
  legendHidden?: boolean;
  name: string;
  /** Each choice and its label's key: a constant of the caller's module, so the memo holds. */
  choices: readonly (readonly [T, MessageKey])[];
  value: T;
  /** Stable (a store action or a module-level function), so the memo holds. */
  onChange(value: T): void;
  className?: string;
  disabled?: boolean;
}

function RadioChoiceOf<T extends string>(props: Props<T>) {
  const { legend, legendHidden, name, choices, value, onChange, className, disabled } = props;
  const t = useT();
  return (
    <fieldset className={className ?? 'segmented'} disabled={disabled}>
      <legend className={legendHidden ? 'visually-hidden' : undefined}>{t(legend)}</legend>
      {choices.map(([choice, label]) => (
        <label key={choice}>
          <input type="radio" name={name} checked={value === choice} onChange={() => onChange(choice)} />
          {t(label)}
        </label>
      ))}
    </fieldset>
  );
}

/**
 * A group of radio buttons, memoized: the panels around them render on every filter change, and React
 * writes a radio's `type` and `name` each time it renders one, which restyles it.
 */
export const RadioChoice = memo(RadioChoiceOf) as <T extends string>(props: Props<T>) => ReactElement;
