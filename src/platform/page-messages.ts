// A content script's sends to the worker: only the page requests, their replies parsed against
// their own table (shared/page-channel.ts), so the content script's bundle carries no other
// channel's schemas (platform/messages.ts serves every other context).
import { readReply, type ReplyOf } from '../shared/channel.ts';
import { FROM_PAGE, type PageRequest } from '../shared/page-channel.ts';
import { fail, type Reply } from '../shared/reply.ts';
import { browser } from './browser.ts';

const NO_ANSWER = 'The extension gave no answer. Try again.';

export async function sendPageRequest<M extends PageRequest>(message: M): Promise<Reply<ReplyOf<typeof FROM_PAGE, M['kind']>>> {
  try {
    const raw: unknown = await browser.runtime.sendMessage(message);
    return readReply(FROM_PAGE, message.kind, raw, NO_ANSWER);
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
}
