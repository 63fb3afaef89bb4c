// The confirmation of a call a page control asked for (background/page-requests.ts): an extension
// window the page can neither see nor cover. "Call" counts only after the pointer rested on it (or
// focus stayed on it) for INPUT_PROTECTION_MS, as Chrome's own prompts protect their buttons, so a
// click the agent meant for the page cannot land on it as the window appears. Saying yes sends the call as an extension page, and the worker
// plans it again against the calls as they are then.
import './confirm.css';
import { t } from '../platform/i18n.ts';
import { sendToBackground } from '../platform/messages.ts';
import { displayTarget } from '../shared/phone.ts';
import { readRequest, type CallRequest } from '../shared/confirm-request.ts';

const INPUT_PROTECTION_MS = 500;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = ''): HTMLElementTagNameMap[K] {
  const created = document.createElement(tag);
  created.className = className;
  created.textContent = text;
  return created;
}

/**
 * Whether a click on `button` counts: a trusted click with the pointer rested on the button for the
 * protection time, or, from the keyboard (detail 0), with focus on it that long. A pointer that
 * lands on the button as the window appears has not rested there, whenever the window appeared.
 */
function protectedClicks(button: HTMLButtonElement): (event: MouseEvent) => boolean {
  let restingSince: number | undefined;
  let focusedSince: number | undefined;
  button.addEventListener('pointerenter', (event) => (restingSince = event.isTrusted ? event.timeStamp : undefined));
  button.addEventListener('pointerleave', () => (restingSince = undefined));
  button.addEventListener('focus', (event) => (focusedSince = event.timeStamp));
  button.addEventListener('blur', () => (focusedSince = undefined));
  window.addEventListener('blur', () => (restingSince = focusedSince = undefined));
  return (event) => {
    const since = event.detail > 0 ? restingSince : focusedSince;
    return event.isTrusted && document.hasFocus() && since !== undefined && event.timeStamp - since >= INPUT_PROTECTION_MS;
  };
}

async function call(request: CallRequest, status: HTMLElement, button: HTMLButtonElement): Promise<void> {
  button.disabled = true;
  const reply = await sendToBackground({ to: 'background', kind: 'pageAction', action: 'call', target: request.target });
  if (reply.ok) {
    window.close();
    return;
  }
  status.textContent = reply.error.message;
  button.disabled = false;
}

function render(root: HTMLElement, request: CallRequest): void {
  document.title = t('confirm_title');
  const status = element('p', 'confirm__error');
  status.setAttribute('role', 'alert');
  const yes = element('button', 'button button--primary confirm__call', t('confirm_call'));
  const no = element('button', 'button confirm__cancel', t('confirm_cancel'));
  const counts = protectedClicks(yes);
  yes.addEventListener('click', (event) => {
    if (counts(event)) void call(request, status, yes);
  });
  no.addEventListener('click', () => window.close());
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') window.close();
  });
  const actions = element('div', 'confirm__actions');
  actions.append(no, yes);
  root.append(element('h1', 'confirm__question', t('confirm_question', displayTarget(request.target))), element('p', 'confirm__site', t('confirm_askedBy', request.site)), status, actions);
  no.focus();
}

const root = document.getElementById('app');
const request = readRequest(location.search);
if (root && request) render(root, request);
else if (root) root.append(element('p', 'confirm__error', t('confirm_invalid')));
