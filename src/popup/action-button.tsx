import type { ComponentChildren } from 'preact';

interface ActionButtonProps {
  onClick: () => unknown;
  testId: string;
  tone?: 'primary' | 'danger' | 'quiet';
  disabled?: boolean;
  children: ComponentChildren;
}

/** A button for an action of several commands (switch, cancel a consult); CommandButton sends one. */
export function ActionButton({ onClick, testId, tone, disabled = false, children }: ActionButtonProps) {
  return (
    <button
      type="button"
      class={tone ? `button button--${tone}` : 'button'}
      data-testid={testId}
      disabled={disabled}
      onClick={() => void onClick()}
    >
      {children}
    </button>
  );
}
