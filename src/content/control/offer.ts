// What a control offers for one target in the current page state: pure, so every state's wording
// and items are unit-tested without a DOM.
import { canReceiveVoicemail } from '../../shared/raw-id.ts';
import type { PageAction, PageState } from '../../shared/page-channel.ts';
import type { ContentPort, Target } from '../seams.ts';

type Label = ContentPort['label'];

export interface MenuEntry {
  action: PageAction;
  text: string;
  enabled: boolean;
}

export interface MenuContent {
  label: string;
  entries: MenuEntry[];
  notes: string[];
}

/** docs/design.md "Injected control": the name says what the button does and to whom. */
export function triggerLabel(target: Target, state: PageState, label: Label): string {
  return label(state.callActive ? 'content_transferTo' : 'content_callTo', target.display);
}

export function menuContent(target: Target, state: PageState, label: Label): MenuContent {
  return {
    label: label('content_menuLabel', target.display),
    entries: menuEntries(target, state, label),
    notes: menuNotes(target, state, label),
  };
}

function menuEntries(target: Target, state: PageState, label: Label): MenuEntry[] {
  if (!state.callActive) return [{ action: 'call', text: label('content_callTo', target.display), enabled: true }];
  // Shown but disabled while the call cannot be transferred (connecting, already transferring),
  // so the menu does not change shape under the agent's pointer when the state settles.
  const entries: MenuEntry[] = [
    { action: 'transfer', text: label('content_transferTo', target.display), enabled: state.transferable },
    // Consult first: the call goes on hold while the agent talks to the target (a warm transfer).
    { action: 'consult', text: label('content_consultFirst'), enabled: state.transferable },
  ];
  if (canReceiveVoicemail(target.rawId)) {
    entries.push({ action: 'voicemail', text: label('content_transferToVoicemail'), enabled: state.transferable });
  }
  return entries;
}

function menuNotes(target: Target, state: PageState, label: Label): string[] {
  const notes: string[] = [];
  if (state.callActive && !state.transferable) notes.push(label('content_transferUnavailable'));
  if (target.extension) notes.push(label('content_extensionNotDialled', target.extension));
  return notes;
}

export function failureText(action: PageAction, message: string, label: Label): string {
  return label(action === 'call' ? 'content_callFailed' : 'content_transferFailed', message);
}
