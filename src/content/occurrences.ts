// Which controls belong to which text node, link or field (refined-github's "seen" marks, as
// WeakMaps so discarded rows are collected). This is what keeps decoration idempotent.
import type { Control } from './control/control.ts';
import type { Registry } from './control/registry.ts';
import type { Source, Target } from './seams.ts';

interface Occurrence {
  /** The text, href or field value the controls were made for. */
  data: string;
  /** The dialling country `data` was read for: national numbers depend on it. */
  country: string;
  /** The targets found in `data`; equal keys mean the controls still fit. */
  key: string;
  controls: Control[];
  /** What each control's host follows: the link or field, or the last node of its text (runs.ts). */
  points: ChildNode[];
  /** A page that removes our hosts gets them back once per change of its text, not forever. */
  readded: boolean;
}

export function targetsKey(targets: readonly Target[]): string {
  return targets.map((target) => `${target.rawId}#${target.extension ?? ''}`).join(' ');
}

export class Occurrences {
  readonly #bySource = new WeakMap<Source, Occurrence>();
  readonly #sourceByHost = new WeakMap<Element, Source>();
  readonly #sourcesByPoint = new WeakMap<Node, Set<Source>>();

  constructor(readonly registry: Registry) {}

  get(source: Source): Occurrence | undefined {
    return this.#bySource.get(source);
  }

  sourceOf(host: Element): Source | undefined {
    return this.#sourceByHost.get(host);
  }

  /** Sources whose controls follow `point`: the link or field itself, or runs with a target ending there. */
  sourcesAt(point: Node): Source[] {
    return [...(this.#sourcesByPoint.get(point) ?? [])];
  }

  /** `points[i]` is the node the control of `targets[i]` follows. */
  add(source: Source, data: string, country: string, targets: readonly Target[], points: readonly ChildNode[]): void {
    const controls = targets.map((target) => this.registry.create(target));
    this.#bySource.set(source, { data, country, key: targetsKey(targets), controls, points: [...points], readded: false });
    for (const control of controls) this.#sourceByHost.set(control.host, source);
    for (const point of new Set(points)) {
      const sources = this.#sourcesByPoint.get(point) ?? new Set();
      this.#sourcesByPoint.set(point, sources.add(source));
    }
    insertHosts(controls, points);
  }

  /** Same targets as before: keep the controls, putting back hosts the page removed (once). */
  keep(occurrence: Occurrence, data: string, country: string): void {
    occurrence.country = country;
    if (occurrence.data !== data) Object.assign(occurrence, { data, readded: false });
    const missing = occurrence.controls.some((control) => !control.host.isConnected);
    if (missing && occurrence.readded) return;
    if (missing) {
      occurrence.readded = true;
      insertHosts(occurrence.controls, occurrence.points);
    }
    for (const control of occurrence.controls) this.registry.keep(control);
  }

  /** A node left the document: its hosts, which follow it and stayed behind, go too. */
  dropAt(point: Node): void {
    for (const source of this.#sourcesByPoint.get(point) ?? []) this.drop(source);
  }

  drop(source: Source): void {
    const occurrence = this.#bySource.get(source);
    if (!occurrence) return;
    this.#bySource.delete(source);
    for (const point of occurrence.points) this.#sourcesByPoint.get(point)?.delete(source);
    for (const control of occurrence.controls) {
      this.#sourceByHost.delete(control.host);
      this.registry.delete(control);
    }
  }
}

/** Each host right after its point; the last first, so hosts sharing a point keep the targets' order. */
function insertHosts(controls: readonly Control[], points: readonly ChildNode[]): void {
  for (let index = controls.length - 1; index >= 0; index -= 1) {
    const control = controls[index];
    if (control) points[index]?.after(control.host);
  }
}
