import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLayoutEffect, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { Menu } from './Menu';

/** A menu with one action, next to a button outside it. */
function Harness() {
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState(0);
  return (
    <>
      <Menu label="Export" open={open} onOpenChange={setOpen}>
        <button
          type="button"
          onClick={() => {
            setOpen(false);
            setDone((n) => n + 1);
          }}
        >
          Save
        </button>
      </Menu>
      <button type="button">Elsewhere</button>
      <output>{done} saved</output>
    </>
  );
}

/**
 * Drops focus to the page in the commit that closes the menu, before the menu's own effects run, as Chrome
 * does when a layout read elsewhere makes it notice that the focused item is hidden.
 */
function DropsFocus({ when }: { when: boolean }) {
  useLayoutEffect(() => {
    if (when) (document.activeElement as HTMLElement | null)?.blur();
  }, [when]);
  return null;
}

function EarlyDrop() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <DropsFocus when={!open} />
      <Menu label="Export" open={open} onOpenChange={setOpen}>
        <button type="button" onClick={() => setOpen(false)}>
          Save
        </button>
      </Menu>
    </>
  );
}

const isOpen = () => screen.getByText('Export').closest('details')?.open;

describe('Menu', () => {
  it('opens from its button and closes on Escape, giving the focus back to the button', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByText('Export'));
    expect(isOpen()).toBe(true);
    screen.getByRole('button', { name: 'Save' }).focus();
    await user.keyboard('{Escape}');
    expect(isOpen()).toBe(false);
    expect(document.activeElement).toBe(screen.getByText('Export'));
  });

  it('closes on a click elsewhere, and stays open for clicks inside it', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByText('Export'));
    await user.click(screen.getByText('Export').closest('details')!.querySelector('.menu-body')!);
    expect(isOpen()).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Elsewhere' }));
    expect(isOpen()).toBe(false);
  });

  it('closes when its owner says so after an action', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByText('Export'));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByText('1 saved')).toBeTruthy();
    expect(isOpen()).toBe(false);
  });

  it('gives the focus of an item chosen from the keyboard back to its button as it closes', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByText('Export'));
    screen.getByRole('button', { name: 'Save' }).focus();
    await user.keyboard('{Enter}');
    expect(screen.getByText('1 saved')).toBeTruthy();
    expect(isOpen()).toBe(false);
    expect(document.activeElement).toBe(screen.getByText('Export'));
  });

  it('gives it back too when the browser has already dropped it to the page', async () => {
    const user = userEvent.setup();
    render(<EarlyDrop />);
    await user.click(screen.getByText('Export'));
    screen.getByRole('button', { name: 'Save' }).focus();
    await user.keyboard('{Enter}');
    expect(isOpen()).toBe(false);
    expect(document.activeElement).toBe(screen.getByText('Export'));
  });
});
