import type { ComponentChildren } from 'preact';
import type { EngineCommand } from '../shared/protocol.ts';
import { ActionButton } from './action-button.tsx';
import type { Send } from './send.ts';

interface CommandButtonProps {
  send: Send;
  command: EngineCommand;
  testId: string;
  tone?: 'primary' | 'danger' | 'quiet';
  disabled?: boolean;
  children: ComponentChildren;
}

/** A button that sends one engine command; most of the console is made of these. */
export function CommandButton({ send, command, ...button }: CommandButtonProps) {
  return <ActionButton {...button} onClick={() => send(command)} />;
}
