// Node tests by nodeType: instanceof fails across frames, and content scripts run in every frame.
export function isText(node: Node): node is Text {
  return node.nodeType === Node.TEXT_NODE;
}

export function isElement(node: Node): node is Element {
  return node.nodeType === Node.ELEMENT_NODE;
}

/** The element a node is shown in: its parent, or the host of the shadow root it sits in. */
export function containerOf(node: Node): Element | null {
  const parent = node.parentNode;
  if (!parent) return null;
  if (isElement(parent)) return parent;
  return parent.nodeType === Node.DOCUMENT_FRAGMENT_NODE ? ((parent as ShadowRoot).host ?? null) : null;
}

export function isInput(node: Node): node is HTMLInputElement {
  return isElement(node) && node.localName === 'input';
}

/** Event targets include windows and other non-nodes. */
export function isNode(target: EventTarget | null): target is Node {
  return target !== null && 'nodeType' in target;
}
