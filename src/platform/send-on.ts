// A runtime message on one channel (shared/channel.ts): its reply is parsed against the command's
// reply schema in the channel's table, and a send that throws becomes a failed reply.
import { readReply, type AnyChannel, type MessageOf, type NameOf, type ReplyOf } from '../shared/channel.ts';
import { fail, type Reply } from '../shared/reply.ts';
import { browser } from './browser.ts';

export const NO_ANSWER = 'The extension gave no answer. Try again.';

export async function sendOn<C extends AnyChannel & { key: 'kind' }, M extends MessageOf<C>>(
  channel: C,
  message: M & { kind: NameOf<C> },
): Promise<Reply<ReplyOf<C, M['kind']>>> {
  try {
    const raw: unknown = await browser.runtime.sendMessage(message);
    return readReply(channel, message.kind, raw, NO_ANSWER);
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
}
