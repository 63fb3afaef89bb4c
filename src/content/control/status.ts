// A short-lived message under the button after a failed request. role="alert", because a live
// region inserted together with its text is not announced reliably.
const STATUS_MS = 5000;

export function showStatus(shadow: ShadowRoot, text: string): void {
  shadow.querySelector('.status')?.remove();
  const status = Object.assign(shadow.ownerDocument.createElement('span'), { className: 'status', textContent: text });
  status.setAttribute('role', 'alert');
  shadow.append(status);
  (shadow.ownerDocument.defaultView ?? window).setTimeout(() => status.remove(), STATUS_MS);
}
