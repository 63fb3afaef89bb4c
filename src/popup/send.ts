// How views ask the engine for something. The reply only says whether the engine took the command;
// what happened next always arrives as a new snapshot.
import { useCallback, useState } from 'preact/hooks';
import type { EngineCommand, Reply, ReplyError } from '../shared/protocol.ts';

export type Send = (command: EngineCommand) => Promise<Reply>;

export interface ReportedSend {
  send: Send;
  /** The last command's failure, kept until the next command or until the agent closes it. */
  failure: ReplyError | undefined;
  clearFailure: () => void;
}

export function useReportedSend(send: Send): ReportedSend {
  const [failure, setFailure] = useState<ReplyError>();
  const reportedSend = useCallback<Send>(
    async (command) => {
      setFailure(undefined);
      const reply = await send(command);
      if (!reply.ok) setFailure(reply.error);
      return reply;
    },
    [send],
  );
  const clearFailure = useCallback(() => setFailure(undefined), []);
  return { send: reportedSend, failure, clearFailure };
}
