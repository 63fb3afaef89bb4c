import type { RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/**
 * Snapshots replace parts of the console (the transfer panel goes once a transfer starts, a card
 * goes when its call ends). When that removes the focused control, focus would fall to <body> and a
 * keyboard user would start again from the top; instead it moves to `fallback`.
 */
export function useFocusRescue(
  container: RefObject<HTMLElement | null>,
  fallback: RefObject<HTMLElement | null>,
): void {
  const lastFocused = useRef<Element | null>(null);
  useEffect(() => {
    const element = container.current;
    const remember = (event: FocusEvent): void => {
      lastFocused.current = event.target instanceof Element ? event.target : null;
    };
    element?.addEventListener('focusin', remember);
    return () => element?.removeEventListener('focusin', remember);
  }, [container]);
  useEffect(() => {
    const wasRemoved = lastFocused.current !== null && !lastFocused.current.isConnected;
    if (wasRemoved && document.activeElement === document.body) fallback.current?.focus();
  });
}
