// When the agent asked for each transfer. The snapshot only knows a transfer once the engine has
// held the call and sent it; the popup remembers the moment of the request so the timeline can
// start there (issue 4, point 2), and so the panel does not offer a second transfer meanwhile.
import { useCallback, useRef, useState } from 'preact/hooks';
import type { CallSnapshot, EngineSnapshot, TransferMode, TransferSnapshot } from '../shared/engine.ts';
import type { Send } from './send.ts';

export interface TransferRequestRecord {
  at: number;
  mode: TransferMode;
  target: string;
  /** The call's transfer when the request was sent: a snapshot still showing it has not caught up. */
  previousOpId: string | undefined;
}

/** What a call's timeline shows: the request, and the engine's transfer once it knows of it. */
export interface TimelineModel {
  mode: TransferMode;
  target: string;
  requestedAt: number;
  transfer?: TransferSnapshot;
}

export function timelineOf(call: CallSnapshot, request: TransferRequestRecord | undefined): TimelineModel | undefined {
  const { transfer } = call;
  if (request && (!transfer || transfer.opId === request.previousOpId)) {
    return { mode: request.mode, target: request.target, requestedAt: request.at };
  }
  if (!transfer) return undefined;
  const isOurs = request?.mode === transfer.mode && request.target === transfer.target;
  return { mode: transfer.mode, target: transfer.target, requestedAt: isOurs ? request.at : transfer.startedAt, transfer };
}

/** A request the engine has not yet shown as a transfer of the call. */
export function isAwaitingEngine(model: TimelineModel | undefined): boolean {
  return model !== undefined && model.transfer === undefined;
}

export interface TransferRequests {
  send: Send;
  requests: ReadonlyMap<string, TransferRequestRecord>;
}

/** `send`, noting the time of every transfer command; a refused one is forgotten again. */
export function useTransferRequests(send: Send, snapshot: EngineSnapshot): TransferRequests {
  const [requests, setRequests] = useState<ReadonlyMap<string, TransferRequestRecord>>(new Map());
  const latest = useRef(snapshot);
  latest.current = snapshot;
  const tracked = useCallback<Send>(
    async (command) => {
      if (command.type !== 'transfer') return send(command);
      const { callId, mode, target } = command.request;
      const previousOpId = latest.current.calls.find((call) => call.id === callId)?.transfer?.opId;
      const record = { at: Date.now(), mode, target, previousOpId };
      setRequests((old) => new Map(old).set(callId, record));
      const reply = await send(command);
      if (!reply.ok) setRequests((old) => withoutEntry(old, callId, record));
      return reply;
    },
    [send],
  );
  return { send: tracked, requests };
}

function withoutEntry<V>(map: ReadonlyMap<string, V>, key: string, value: V): ReadonlyMap<string, V> {
  if (map.get(key) !== value) return map;
  const next = new Map(map);
  next.delete(key);
  return next;
}
