// Who sent a message, and what each kind of sender may ask for (uBO Lite's trust tiers). What each
// role may send is the `from` of its command in the worker's table (shared/protocol.ts,
// TO_BACKGROUND): content scripts run inside hostile pages and may only ask for page actions on a
// raw id and for the page state; engine commands come only from our own pages; snapshots only from
// the offscreen document.
import { maySend as channelAllows } from '../shared/channel.ts';
import { TO_BACKGROUND, type SenderRole, type ToBackground } from '../shared/protocol.ts';

export interface SenderInfo {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number };
  frameId?: number;
}

export interface ExtensionIdentity {
  id: string;
  /** `chrome-extension://<id>` */
  origin: string;
  offscreenUrl: string;
}

export function classifySender(sender: SenderInfo, self: ExtensionIdentity): SenderRole {
  if (sender.id !== self.id) return 'foreign';
  const url = sender.url ?? '';
  const fromOurOrigin = sender.origin === self.origin || url.startsWith(`${self.origin}/`);
  if (fromOurOrigin) return url.split(/[?#]/)[0] === self.offscreenUrl ? 'offscreen' : 'extensionPage';
  return sender.tab === undefined ? 'foreign' : 'contentScript';
}

export function maySend(role: SenderRole, kind: ToBackground['kind']): boolean {
  return channelAllows(TO_BACKGROUND, kind, role);
}
