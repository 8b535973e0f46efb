import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { useFocusHandoff } from './focusHandoff';

/** A reset that disables itself, a remove button that goes, and a field elsewhere. */
function Harness() {
  const [changed, setChanged] = useState(true);
  const [extra, setExtra] = useState(true);
  const handOff = useFocusHandoff();
  return (
    <>
      <h2 data-testid="heading">Filters</h2>
      <button
        type="button"
        disabled={!changed}
        onClick={() => {
          handOff(() => screen.getByTestId('heading'), 'lost');
          setChanged(false);
        }}
      >
        Reset
      </button>
      {extra && (
        <button
          type="button"
          onClick={() => {
            handOff(() => screen.getByRole('button', { name: 'Later' }), 'lost');
            setExtra(false);
            // Focus the user takes elsewhere before the commit is theirs.
            screen.getByRole('textbox').focus();
          }}
        >
          Remove
        </button>
      )}
      <button type="button" onClick={() => setChanged(true)}>
        Later
      </button>
      <input aria-label="Search" />
    </>
  );
}

describe('useFocusHandoff', () => {
  it('moves focus from a control its action disables to the target, made focusable for the while', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('button', { name: 'Reset' }));
    const heading = screen.getByRole('heading', { name: 'Filters' });
    expect(document.activeElement).toBe(heading);
    expect(heading).toHaveAttribute('tabindex', '-1');
    // Once focus moves on, the heading is no Tab stop or click target of its own.
    await user.tab();
    expect(heading).not.toHaveAttribute('tabindex');
  });

  it('leaves focus the user has taken elsewhere, and a control that keeps it', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('button', { name: 'Remove' }));
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Search' }));
    // "Later" enables Reset and stays enabled itself: focus stays on it.
    await user.click(screen.getByRole('button', { name: 'Reset' }));
    await user.click(screen.getByRole('button', { name: 'Later' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Later' }));
  });
});
