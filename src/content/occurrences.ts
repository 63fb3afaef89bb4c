// Which controls belong to which text node, link or field (refined-github's "seen" marks, as
// WeakMaps so discarded rows are collected). This is what keeps decoration idempotent.
import type { Control } from './control/control.ts';
import type { Registry } from './control/registry.ts';
import { isText } from './dom.ts';
import type { Source, Target } from './types.ts';

interface Occurrence {
  /** The text, href or field value the controls were made for. */
  data: string;
  /** The dialling country `data` was read for: national numbers depend on it. */
  country: string;
  /** The targets found in `data`; equal keys mean the controls still fit. */
  key: string;
  controls: Control[];
  /** What the hosts follow: the source, or the link or button around a text source. */
  point: ChildNode;
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

  /** Sources whose controls follow `point`: the node itself, or the texts inside a link or button. */
  sourcesAt(point: Node): Source[] {
    return [...(this.#sourcesByPoint.get(point) ?? [])];
  }

  add(source: Source, data: string, country: string, targets: readonly Target[]): void {
    const controls = targets.map((target) => this.registry.create(target));
    const point = insertionPoint(source);
    this.#bySource.set(source, { data, country, key: targetsKey(targets), controls, point, readded: false });
    for (const control of controls) this.#sourceByHost.set(control.host, source);
    const sources = this.#sourcesByPoint.get(point) ?? new Set();
    this.#sourcesByPoint.set(point, sources.add(source));
    point.after(...controls.map((control) => control.host));
  }

  /** Same targets as before: keep the controls, putting back hosts the page removed (once). */
  keep(occurrence: Occurrence, data: string, country: string): void {
    occurrence.country = country;
    if (occurrence.data !== data) Object.assign(occurrence, { data, readded: false });
    const missing = occurrence.controls.some((control) => !control.host.isConnected);
    if (missing && occurrence.readded) return;
    if (missing) {
      occurrence.readded = true;
      occurrence.point.after(...occurrence.controls.map((control) => control.host));
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
    this.#sourcesByPoint.get(occurrence.point)?.delete(source);
    for (const control of occurrence.controls) {
      this.#sourceByHost.delete(control.host);
      this.registry.delete(control);
    }
  }
}

/**
 * The link or button around a node. Hosts go after it rather than inside: a button inside a link
 * or button is invalid HTML, and its clicks would reach the CRM's handler.
 */
export function wrapperOf(element: Element): Element | null {
  return element.closest('a[href], button');
}

/** Hosts go right after the text node, link or field, or after the link or button around the text. */
function insertionPoint(source: Source): ChildNode {
  if (!isText(source)) return source;
  return (source.parentElement && wrapperOf(source.parentElement)) ?? source;
}
