import type { ComponentChildren } from 'preact';
import type { EngineCommand } from '../shared/protocol.ts';
import type { Send } from './send.ts';

interface CommandButtonProps {
  send: Send;
  command: EngineCommand;
  testId: string;
  tone?: 'primary' | 'danger' | 'quiet';
  children: ComponentChildren;
}

/** A button that sends one engine command; most of the console is made of these. */
export function CommandButton({ send, command, testId, tone, children }: CommandButtonProps) {
  return (
    <button
      type="button"
      class={tone ? `button button--${tone}` : 'button'}
      data-testid={testId}
      onClick={() => void send(command)}
    >
      {children}
    </button>
  );
}
