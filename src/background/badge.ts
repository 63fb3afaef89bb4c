// The action badge as a pure function of the snapshot, so the toolbar tells the agent at a
// glance whether they are on a call, transferring, or a transfer just failed.
import { currentCall, isTransferUnderWay, type EngineSnapshot } from '../shared/engine.ts';

export type BadgeState = 'none' | 'ringing' | 'onCall' | 'onHold' | 'transferring' | 'failed' | 'offline';

export interface Badge {
  state: BadgeState;
  text: string;
  color: string;
}

const BADGES: Record<BadgeState, Omit<Badge, 'state'>> = {
  none: { text: '', color: '#5f6368' },
  ringing: { text: 'RING', color: '#b45309' },
  onCall: { text: 'ON', color: '#15803d' },
  onHold: { text: 'HOLD', color: '#a16207' },
  transferring: { text: '→', color: '#1d4ed8' },
  failed: { text: '!', color: '#b91c1c' },
  offline: { text: 'OFF', color: '#5f6368' },
};

export function badgeStateOf(snapshot: EngineSnapshot | undefined): BadgeState {
  if (!snapshot) return 'none';
  if (snapshot.connection === 'disconnected' || snapshot.connection === 'failed') return 'offline';
  if (snapshot.incoming.length > 0) return 'ringing';
  const call = currentCall(snapshot);
  // From the request on, before the hold: the agent sees at once that the click was taken.
  if (isTransferUnderWay(call?.transfer)) return 'transferring';
  const latest = call ?? snapshot.calls.at(-1);
  if (latest?.transfer?.state === 'Failed') return 'failed';
  if (!call) return 'none';
  return call.state === 'LocalHold' ? 'onHold' : 'onCall';
}

export function badgeOf(snapshot: EngineSnapshot | undefined): Badge {
  const state = badgeStateOf(snapshot);
  return { state, ...BADGES[state] };
}
