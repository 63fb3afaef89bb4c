// Sending to the service worker from any context, with the reply parsed rather than trusted.
import * as v from 'valibot';
import { ReplySchema, type Reply, type ToBackground } from '../shared/protocol.ts';
import { browser } from './browser.ts';

export async function sendToBackground(message: ToBackground): Promise<Reply> {
  try {
    const reply: unknown = await browser.runtime.sendMessage(message);
    const parsed = v.safeParse(ReplySchema, reply);
    return parsed.success ? parsed.output : { ok: false, error: { message: 'The extension gave no answer. Try again.' } };
  } catch (error) {
    return { ok: false, error: { message: error instanceof Error ? error.message : String(error) } };
  }
}
