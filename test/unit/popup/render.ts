// Rendering preact views into happy-dom, and driving them the way an agent would.
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach } from 'vitest';

const mounted: HTMLElement[] = [];

afterEach(() => {
  for (const container of mounted.splice(0)) {
    render(null, container);
    container.remove();
  }
});

export function mount(view: ComponentChild): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  mounted.push(container);
  void act(() => render(view, container));
  return container;
}

export function rerender(container: HTMLElement, view: ComponentChild): void {
  void act(() => render(view, container));
}

export function byTestId<T extends HTMLElement = HTMLElement>(root: ParentNode, testId: string): T {
  const element = root.querySelector<T>(`[data-testid="${testId}"]`);
  if (!element) throw new Error(`no element with data-testid="${testId}"`);
  return element;
}

export function typeInto(input: HTMLInputElement, text: string): void {
  void act(() => {
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export function click(element: HTMLElement): void {
  void act(() => element.click());
}

/** Submits the input's form, as Enter does in a browser (happy-dom has no implicit submission). */
export function submitFrom(input: HTMLInputElement): void {
  void act(() => input.form?.requestSubmit());
}
