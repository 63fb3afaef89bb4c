// A content script's sends to the worker: only the page requests, on their own channel
// (shared/page-channel.ts), so the content script's bundle carries no other channel's schemas
// (platform/messages.ts serves every other context).
import type { ReplyOf } from '../shared/channel.ts';
import { FROM_PAGE, type PageRequest } from '../shared/page-channel.ts';
import type { Reply } from '../shared/reply.ts';
import { sendOn } from './send-on.ts';

export function sendPageRequest<M extends PageRequest>(message: M): Promise<Reply<ReplyOf<typeof FROM_PAGE, M['kind']>>> {
  return sendOn(FROM_PAGE, message);
}
