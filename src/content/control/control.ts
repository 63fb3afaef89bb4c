// One injected control (DESIGN.md "Contracts: Injected control"): a host element beside the
// target, an open shadow root, a real button, and its menu. The page never sees our events, and
// only trusted events act, so page scripts cannot transfer a call by clicking our button.
import type { PageAction, PageState } from '../../shared/protocol.ts';
import { HOST_TAG, TARGET_ATTRIBUTE } from '../exclusions.ts';
import type { ContentPort, Target } from '../types.ts';
import { openMenu, type Menu } from './menu.ts';
import { actionOf } from './menu-view.ts';
import { failureText, menuContent, triggerLabel, type MenuContent } from './offer.ts';
import { SHIELDED_EVENTS } from './shield.ts';
import { showStatus } from './status.ts';
import { adoptStyles } from './styles.ts';

export interface ControlContext {
  port: ContentPort;
  state(): PageState;
}

// Controls by shadow root, for the one listener every armed control shares (no closure each).
const controls = new WeakMap<EventTarget, Control>();

function shield(event: Event): void {
  if (event.currentTarget) controls.get(event.currentTarget)?.handle(event);
}

/**
 * Adds the shield listeners to a control's shadow root ahead of its first event (shield.ts). The
 * same listener added again adds nothing, so arming an armed control is harmless.
 */
export function armControl(host: Element): void {
  const shadow = host.shadowRoot;
  if (shadow && controls.has(shadow)) for (const type of SHIELDED_EVENTS) shadow.addEventListener(type, shield);
}

export class Control {
  readonly host: HTMLElement;
  readonly #shadow: ShadowRoot;
  readonly #trigger: HTMLButtonElement;
  #menu: Menu | undefined;
  #sending = false;

  constructor(
    doc: Document,
    readonly target: Target,
    readonly context: ControlContext,
  ) {
    this.host = doc.createElement(HOST_TAG);
    this.host.setAttribute(TARGET_ATTRIBUTE, target.rawId);
    this.#shadow = this.host.attachShadow({ mode: 'open' });
    adoptStyles(this.#shadow);
    this.#trigger = Object.assign(doc.createElement('button'), { type: 'button', className: 'trigger' });
    this.#trigger.setAttribute('aria-haspopup', 'menu');
    this.#trigger.setAttribute('aria-expanded', 'false');
    this.#shadow.append(this.#trigger);
    controls.set(this.#shadow, this);
    this.render(context.state());
  }

  render(state: PageState): void {
    const name = triggerLabel(this.target, state, this.context.port.label);
    this.#trigger.setAttribute('aria-label', name);
    this.#trigger.title = name;
    this.#menu?.update(this.#content());
  }

  destroy(): void {
    this.#menu?.close(false);
    this.host.remove();
  }

  /** Every shielded event inside the control, trusted or not; only trusted ones act. */
  handle(event: Event): void {
    if (!(event instanceof KeyboardEvent) || this.#ownsKey(event)) event.stopPropagation();
    // Nothing beside the control (a link, a row) may act on a click meant for it.
    if (event.type === 'click') event.preventDefault();
    if (event.isTrusted) this.#route(event);
  }

  /**
   * Keys that activate our buttons, and every key while the menu is open, are ours; Tab and the
   * rest reach the page, so a CRM dialog's focus trap and Escape keep working around the control.
   */
  #ownsKey(event: KeyboardEvent): boolean {
    if (event.key === 'Tab') return false;
    return this.#menu !== undefined || event.key === 'Enter' || event.key === ' ';
  }

  #route(event: Event): void {
    if (event.type === 'keydown') this.#menu?.key(event as KeyboardEvent);
    if (event.type !== 'click' || !(event.target instanceof Element)) return;
    const action = actionOf(event.target);
    if (action) void this.#choose(action);
    else if (this.#trigger.contains(event.target)) this.#toggle();
  }

  #toggle(): void {
    if (this.#menu) this.#menu.close(true);
    else this.#menu = openMenu(this.#trigger, this.#content(), () => this.#forgetMenu());
  }

  async #choose(action: PageAction): Promise<void> {
    this.#menu?.close(true);
    // One request at a time: a double click must not ask for two transfers.
    if (this.#sending) return;
    this.#sending = true;
    const reply = await this.context.port.send({ to: 'background', kind: 'pageAction', action, target: this.target.rawId });
    this.#sending = false;
    if (!reply.ok) showStatus(this.#shadow, failureText(action, reply.error.message, this.context.port.label));
  }

  #forgetMenu(): void {
    this.#menu = undefined;
  }

  #content(): MenuContent {
    return menuContent(this.target, this.context.state(), this.context.port.label);
  }
}
