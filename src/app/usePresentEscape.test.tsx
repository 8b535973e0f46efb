import { fireEvent, render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { appStore, initialState, useAppStore } from '../store/store';
import { usePresentEscape } from './usePresentEscape';

function Presenter({ children }: { children?: ReactNode }) {
  usePresentEscape(useAppStore((s) => s.present));
  return <>{children}</>;
}

const present = () => appStore.getState().present;

beforeEach(() => {
  appStore.setState({ ...initialState, present: true });
});

describe('Escape while presenting', () => {
  it('leaves the presentation', () => {
    render(<Presenter />);
    fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(present()).toBe(false);
  });

  it('does nothing when not presenting, and other keys do nothing', () => {
    render(<Presenter />);
    fireEvent.keyDown(document.body, { key: 'Enter' });
    expect(present()).toBe(true);
    appStore.setState({ present: false });
    fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(present()).toBe(false);
  });

  it('closes an open dialog or menu first, and stays presenting', () => {
    const { container } = render(
      <Presenter>
        <dialog open>
          <button type="button">Close</button>
        </dialog>
        <details className="menu" open>
          <summary>Export</summary>
        </details>
      </Presenter>,
    );
    const dialog = container.querySelector('dialog') as HTMLDialogElement;
    fireEvent.keyDown(dialog.querySelector('button') as HTMLElement, { key: 'Escape' });
    expect(present()).toBe(true);
    dialog.removeAttribute('open');
    // A menu's own listener may close it before ours hears the key: what counts is that it was open.
    const menu = container.querySelector('details') as HTMLDetailsElement;
    const closeMenu = () => (menu.open = false);
    document.addEventListener('keydown', closeMenu);
    fireEvent.keyDown(menu.querySelector('summary') as HTMLElement, { key: 'Escape' });
    document.removeEventListener('keydown', closeMenu);
    expect(present()).toBe(true);
    // Nothing open now: the next Escape leaves.
    fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(present()).toBe(false);
  });

  it('leaves a search box with text to clear it, and respects a handler that used the key', () => {
    const { container } = render(
      <Presenter>
        <input type="search" defaultValue="Mars" aria-label="Search" />
        <button type="button" onKeyDown={(e) => e.preventDefault()}>
          Uses Escape
        </button>
      </Presenter>,
    );
    fireEvent.keyDown(container.querySelector('input') as HTMLElement, { key: 'Escape' });
    expect(present()).toBe(true);
    fireEvent.keyDown(container.querySelector('button') as HTMLElement, { key: 'Escape' });
    expect(present()).toBe(true);
  });
});
