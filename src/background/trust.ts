// Who sent a message, and what each kind of sender may ask for (uBO Lite's trust tiers). Content
// scripts run inside hostile pages: they may only ask for page actions on a raw id and for the
// page state. Engine commands come only from our own pages; snapshots only from the offscreen document.
import type { ToBackground } from '../shared/protocol.ts';

export type SenderRole = 'extensionPage' | 'offscreen' | 'contentScript' | 'foreign';

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

const ALLOWED: Record<ToBackground['kind'], readonly SenderRole[]> = {
  command: ['extensionPage'],
  pageAction: ['contentScript', 'extensionPage'],
  getPageState: ['contentScript', 'extensionPage'],
  snapshot: ['offscreen'],
  offscreenReady: ['offscreen'],
  sessionStatus: ['offscreen'],
  ensureSession: ['extensionPage'],
  // Devices and the diagnostics report (issue 5) are for the options page only; the report carries the call log.
  listDevices: ['extensionPage'],
  getDiagnostics: ['extensionPage'],
};

export function maySend(role: SenderRole, kind: ToBackground['kind']): boolean {
  return ALLOWED[kind].includes(role);
}
