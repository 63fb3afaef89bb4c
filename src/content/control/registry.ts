// The controls on the page, for page-state updates and teardown. Controls whose host left the
// document are dropped here, so rows a CRM discards can be collected.
import type { PageState } from '../../shared/page-channel.ts';
import type { ContentPort, Target } from '../seams.ts';
import { Control, type ControlContext } from './control.ts';
import type { Guard } from './guard.ts';

const NO_CALL: PageState = { callActive: false, transferable: false, defaultCountry: '' };

export class Registry {
  readonly #live = new Set<Control>();
  #state: PageState = NO_CALL;
  readonly #context: ControlContext;

  constructor(
    readonly doc: Document,
    port: ContentPort,
    guard: Guard,
  ) {
    this.#context = { port, guard, state: () => this.#state };
  }

  create(target: Target): Control {
    const control = new Control(this.doc, target, this.#context);
    this.#live.add(control);
    return control;
  }

  /** For a control found in the document again after a prune: it may have missed a state. */
  keep(control: Control): void {
    if (this.#live.has(control)) return;
    this.#live.add(control);
    control.render(this.#state);
  }

  delete(control: Control): void {
    this.#live.delete(control);
    control.destroy();
  }

  setState(state: PageState): void {
    const unchanged = state.callActive === this.#state.callActive && state.transferable === this.#state.transferable;
    this.#state = state;
    if (unchanged) return;
    this.prune();
    for (const control of this.#live) control.render(state);
  }

  /** The controls in the document, in the order they were added. */
  controls(): Control[] {
    this.prune();
    return [...this.#live];
  }

  prune(): void {
    for (const control of this.#live) if (!control.host.isConnected) this.#live.delete(control);
  }

  clear(): void {
    for (const control of this.#live) control.destroy();
    this.#live.clear();
  }
}
