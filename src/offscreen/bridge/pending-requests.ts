// Requests to the calling host waiting for their reply. Every one has a deadline: a host that hangs
// must not leave a command hanging with it.
import { EngineFailure } from '../../shared/engine.ts';
import type { Reply } from '../../shared/protocol.ts';

/** The code of a request that got no reply in time; the heartbeat treats it as a dead host. */
export const TIMED_OUT = 504;

interface Waiting {
  settle(reply: Reply): void;
  fail(failure: EngineFailure): void;
}

export class PendingRequests {
  private lastId = 0;
  private readonly waiting = new Map<number, Waiting>();

  /** A new request id, and its reply: the host's, or a rejection once `timeoutMs` pass without one. */
  open(method: string, timeoutMs: number): { id: number; reply: Promise<Reply> } {
    this.lastId += 1;
    const id = this.lastId;
    const reply = new Promise<Reply>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting.delete(id);
        reject(new EngineFailure(`The calling host did not answer ${method} within ${timeoutMs / 1000} s.`, TIMED_OUT));
      }, timeoutMs);
      const done = (): void => {
        clearTimeout(timer);
        this.waiting.delete(id);
      };
      this.waiting.set(id, {
        settle: (answer) => {
          done();
          resolve(answer);
        },
        fail: (failure) => {
          done();
          reject(failure);
        },
      });
    });
    return { id, reply };
  }

  settle(id: number, reply: Reply): void {
    this.waiting.get(id)?.settle(reply);
  }

  /** Rejects everything still waiting: the port its replies would come through is gone. */
  failAll(failure: EngineFailure): void {
    for (const waiting of [...this.waiting.values()]) waiting.fail(failure);
  }
}
