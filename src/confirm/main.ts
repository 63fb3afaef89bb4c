// The confirmation of a call a page control asked for (background/page-requests.ts): an extension
// window the page can neither see nor cover. "Call" counts only once this window has had focus for
// INPUT_PROTECTION_MS, as Chrome's own prompts do, so a click the agent meant for the page cannot
// land on it as the window appears. Saying yes sends the call as an extension page, and the worker
// plans it again against the calls as they are then.
import '../popup/theme.css';
import './confirm.css';
import { t } from '../platform/i18n.ts';
import { sendToBackground } from '../platform/messages.ts';
import { displayTarget } from '../shared/phone.ts';
import { readRequest, type CallRequest } from './request.ts';

const INPUT_PROTECTION_MS = 500;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = ''): HTMLElementTagNameMap[K] {
  const created = document.createElement(tag);
  created.className = className;
  created.textContent = text;
  return created;
}

/** Enables `button` after the window has held focus for the protection time; any blur starts it over. */
function protectInput(button: HTMLButtonElement): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const arm = (): void => {
    clearTimeout(timer);
    button.disabled = true;
    if (document.hasFocus() && document.visibilityState === 'visible') timer = setTimeout(() => (button.disabled = false), INPUT_PROTECTION_MS);
  };
  for (const type of ['focus', 'blur'] as const) window.addEventListener(type, arm);
  document.addEventListener('visibilitychange', arm);
  arm();
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
  const yes = element('button', 'confirm__call', t('confirm_call'));
  const no = element('button', 'confirm__cancel', t('confirm_cancel'));
  yes.addEventListener('click', (event) => {
    if (event.isTrusted) void call(request, status, yes);
  });
  no.addEventListener('click', () => window.close());
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') window.close();
  });
  const actions = element('div', 'confirm__actions');
  actions.append(no, yes);
  root.append(element('h1', 'confirm__question', t('confirm_question', displayTarget(request.target))), element('p', 'confirm__site', t('confirm_askedBy', request.site)), status, actions);
  protectInput(yes);
  no.focus();
}

const root = document.getElementById('app');
const request = readRequest(location.search);
if (root && request) render(root, request);
else if (root) root.append(element('p', 'confirm__error', t('confirm_invalid')));
