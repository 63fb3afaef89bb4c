// A short-lived message under the button after a failed request. role="alert", because a live
// region inserted together with its text is not announced reliably.
const STATUS_MS = 5000;

// The message each control shows, kept here rather than looked up in its shadow root.
const shown = new WeakMap<ShadowRoot, HTMLElement>();

export function showStatus(shadow: ShadowRoot, text: string): void {
  shown.get(shadow)?.remove();
  const status = Object.assign(shadow.ownerDocument.createElement('span'), { className: 'status', textContent: text });
  status.setAttribute('role', 'alert');
  shadow.append(status);
  shown.set(shadow, status);
  (shadow.ownerDocument.defaultView ?? window).setTimeout(() => status.remove(), STATUS_MS);
}
