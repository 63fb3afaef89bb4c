// A minimal event emitter for the fake SDK objects, keyed by event name.
type Listener<T> = (args: T) => void;

export class Emitter<Events extends Record<string, unknown>> {
  private readonly listeners = new Map<keyof Events, Listener<never>[]>();

  add<K extends keyof Events>(event: K, listener: Listener<Events[K]>): void {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
  }

  remove<K extends keyof Events>(event: K, listener: Listener<Events[K]>): void {
    this.listeners.set(event, (this.listeners.get(event) ?? []).filter((known) => known !== listener));
  }

  emit<K extends keyof Events>(event: K, args: Events[K]): void {
    for (const listener of this.listeners.get(event) ?? []) (listener as Listener<Events[K]>)(args);
  }
}

/** What the SDK throws and rejects with: a CallingCommunicationError (docs/acs-sdk.md). */
export class SimSdkError extends Error {
  constructor(
    readonly code: number,
    readonly subCode: number,
    message: string,
  ) {
    super(message);
    this.name = 'CallingCommunicationError';
  }
}
