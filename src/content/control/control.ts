// One injected control (docs/design.md "Injected control"): a host element beside the target, a
// closed shadow root, a real button, and its menu. The page cannot reach inside, never sees our
// events, and only trusted input on what the agent can see acts (guard.ts), so page scripts can
// neither click our button, nor rewrite what it says, nor turn the agent's clicks or typing into
// a call.
import type { PageAction, PageState } from '../../shared/page-channel.ts';
import { HOST_TAG, TARGET_ATTRIBUTE } from '../exclusions.ts';
import type { ContentPort, Target } from '../seams.ts';
import type { Guard } from './guard.ts';
import { openMenu, type Menu } from './menu.ts';
import { failureText, menuContent, triggerLabel, type MenuContent } from './offer.ts';
import { isShielded, ARMING_EVENTS } from './shield.ts';
import { showStatus } from './status.ts';
import { adoptStyles } from './styles.ts';

export interface ControlContext {
  port: ContentPort;
  guard: Guard;
  state(): PageState;
}

// Controls by host and by shadow root: for arming, and for the one listener every armed control
// shares (no closure each). A page's own <acs-transfer-target> is in neither.
const controls = new WeakMap<EventTarget, Control>();

function shield(event: Event): void {
  if (event.currentTarget) controls.get(event.currentTarget)?.handle(event);
}

/**
 * Adds the shield listeners to a control's shadow root ahead of its first event (shield.ts). The
 * same listener added again adds nothing, so arming an armed control is harmless.
 */
export function armControl(host: Element): void {
  controls.get(host)?.arm(shield);
}

export class Control {
  readonly host: HTMLElement;
  readonly #shadow: ShadowRoot;
  readonly #trigger: HTMLButtonElement;
  #menu: Menu | undefined;
  #sending = false;
  // Whether focus came to the button by the agent's Tab or press (guard.ts), which keyboard
  // activation needs.
  #focusEarned = false;
  #restoringFocus = false;

  constructor(
    doc: Document,
    readonly target: Target,
    readonly context: ControlContext,
  ) {
    this.host = doc.createElement(HOST_TAG);
    this.host.setAttribute(TARGET_ATTRIBUTE, target.rawId);
    this.#shadow = this.host.attachShadow({ mode: 'closed' });
    adoptStyles(this.#shadow);
    this.#trigger = Object.assign(doc.createElement('button'), { type: 'button', className: 'trigger' });
    this.#trigger.setAttribute('aria-haspopup', 'menu');
    this.#trigger.setAttribute('aria-expanded', 'false');
    this.#shadow.append(this.#trigger);
    controls.set(this.host, this);
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
    this.context.guard.forget(this.#trigger);
    this.host.remove();
  }

  arm(listener: (event: Event) => void): void {
    for (const type of ARMING_EVENTS) this.#shadow.addEventListener(type, listener);
  }

  /** Every armed event inside the control, trusted or not; only trusted ones act. */
  handle(event: Event): void {
    if (isShielded(event.type) && (!(event instanceof KeyboardEvent) || this.#ownsKey(event))) event.stopPropagation();
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
    const onTrigger = event.composedPath().includes(this.#trigger);
    if (event.type === 'pointermove' && onTrigger) this.context.guard.watch(this.#trigger);
    if (event.type === 'focusin' && onTrigger) this.#focused();
    if (event.type === 'keydown') this.#menu?.key(event as KeyboardEvent);
    if (event.type === 'click') this.#clicked(event as MouseEvent, onTrigger);
  }

  #focused(): void {
    this.#focusEarned = this.#restoringFocus || this.context.guard.focusByUser();
    this.context.guard.watch(this.#trigger);
  }

  #clicked(event: MouseEvent, onTrigger: boolean): void {
    const menu = this.#menu;
    const entry = menu?.chosen(event.composedPath());
    if (menu && entry) {
      if (this.context.guard.counts(menu.panel)) void this.#choose(entry.action);
    } else if (onTrigger && this.#triggerCounts(event)) {
      this.#toggle();
    }
  }

  /** A click from the keyboard (detail 0) counts only if the agent brought focus here. */
  #triggerCounts(event: MouseEvent): boolean {
    return (event.detail > 0 || this.#focusEarned) && this.context.guard.counts(this.#trigger);
  }

  #toggle(): void {
    if (this.#menu) {
      this.#menu.close(true);
      return;
    }
    this.#menu = openMenu(this.#trigger, this.#content(), (restoreFocus) => this.#menuClosed(restoreFocus));
    this.context.guard.watch(this.#menu.panel);
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

  /** Focus we put back on the button after a trusted close keeps what the agent earned. */
  #menuClosed(restoreFocus: boolean): void {
    if (this.#menu) this.context.guard.forget(this.#menu.panel);
    this.#menu = undefined;
    if (!restoreFocus) return;
    this.#restoringFocus = true;
    this.#trigger.focus({ preventScroll: true });
    this.#restoringFocus = false;
  }

  #content(): MenuContent {
    return menuContent(this.target, this.context.state(), this.context.port.label);
  }
}
