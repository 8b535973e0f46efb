import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useRef, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { useFocusHandoff, useFocusStaysInBox } from './focusHandoff';

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

/** A box that draws some of its items: "Hide" stops drawing the first one, as a filter or a scroll would. */
function Box() {
  const [from, setFrom] = useState(0);
  const box = useRef<HTMLUListElement>(null);
  useFocusStaysInBox(box, 'li[tabindex]');
  return (
    <>
      <ul ref={box}>
        {['Ariel', 'Bepi', 'Cassini'].slice(from).map((name) => (
          <li key={name} tabIndex={-1}>
            {name}
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => setFrom((f) => f + 1)}>
        Hide
      </button>
    </>
  );
}

describe('useFocusStaysInBox', () => {
  it('hands focus from an item the box stops drawing to one it draws, never to the page', async () => {
    render(<Box />);
    screen.getByText('Ariel').focus();
    // The item goes while it has focus (as a scroll culls it): a button elsewhere makes the change.
    const hide = screen.getByRole('button', { name: 'Hide' });
    act(() => hide.click());
    expect(screen.queryByText('Ariel')).toBeNull();
    expect(document.activeElement).toBe(screen.getByText('Bepi'));
  });

  it('leaves focus the user has taken elsewhere', async () => {
    const user = userEvent.setup();
    render(<Box />);
    screen.getByText('Ariel').focus();
    await user.click(screen.getByRole('button', { name: 'Hide' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Hide' }));
  });
});
