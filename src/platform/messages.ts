// Sending to the service worker from any context. The reply is parsed against the command's reply
// schema in its channel's table (shared/protocol.ts), so its type is inferred from the message and
// nothing that does not parse is believed.
import { readReply, type ReplyOf } from '../shared/channel.ts';
import { ENGINE_COMMANDS, TO_BACKGROUND, type EngineCommand, type Reply, type ToBackground } from '../shared/protocol.ts';
import { NO_ANSWER, sendOn } from './send-on.ts';

export function sendToBackground<M extends ToBackground>(message: M): Promise<Reply<ReplyOf<typeof TO_BACKGROUND, M['kind']>>> {
  return sendOn(TO_BACKGROUND, message);
}

/** An engine command, through the worker to the session; the reply's value is the command's own. */
export async function sendCommand<C extends EngineCommand>(command: C): Promise<Reply<ReplyOf<typeof ENGINE_COMMANDS, C['type']>>> {
  const reply = await sendToBackground({ to: 'background', kind: 'command', command });
  return reply.ok ? readReply(ENGINE_COMMANDS, command.type, reply, NO_ANSWER) : reply;
}
