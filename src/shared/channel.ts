// One declarative table per channel (docs/design.md, "Channels"). Each command is a name, the
// fields it carries, the schema of its reply and, where the receiver tells senders apart, who may
// send it. Everything else about the channel is derived here from that table: the message schema
// (and so its type), the sender check, the receiver's dispatch, and the reply parsing of a typed
// send. Adding a command is one table entry plus its handler; the handler record is typed by the
// table, so a missing handler does not compile.
import * as v from 'valibot';
import { fail, replySchema, type Reply } from './reply.ts';

export interface CommandSpec {
  /** The fields the command carries besides its name; the message is a strict object of them. */
  readonly input: v.ObjectEntries;
  /** What the value of a successful reply parses as. */
  readonly reply: v.GenericSchema;
  /** Who may send it, on a channel whose receiver tells senders apart. */
  readonly from?: readonly string[];
}

export type CommandTable = { readonly [name: string]: CommandSpec };

type Flat<T> = { [K in keyof T]: T[K] } & {};
type Fields<E extends v.ObjectEntries> = v.InferOutput<v.StrictObjectSchema<E, undefined>>;

/** The message of command N of table T: its name under Key, the fixed fields, its input. */
type Messages<T extends CommandTable, Key extends string, Fixed extends v.ObjectEntries, N extends keyof T & string = keyof T & string> =
  N extends keyof T & string ? Flat<{ [P in Key]: N } & Fields<Fixed> & Fields<T[N]['input']>> : never;

export interface Channel<T extends CommandTable, Key extends string, Fixed extends v.ObjectEntries> {
  /** The field that names the command: 'kind', 'type' or 'method'. */
  readonly key: Key;
  /** Fields every message carries besides its name and input. */
  readonly fixed: Fixed;
  readonly table: T;
  /** Every message of the channel; parsing it is as strict as each command's strict object. */
  readonly schema: v.GenericSchema<unknown, Messages<T, Key, Fixed>>;
}

export interface AnyChannel {
  readonly key: string;
  readonly fixed: v.ObjectEntries;
  readonly table: CommandTable;
  readonly schema: v.GenericSchema<unknown, unknown>;
}

export type NameOf<C extends AnyChannel> = keyof C['table'] & string;

/** The message of command N (all of the channel's by default): its name, the channel's fixed fields, its input. */
export type MessageOf<C extends AnyChannel, N extends NameOf<C> = NameOf<C>> = Messages<C['table'], C['key'], C['fixed'], N>;

/** The value a successful reply to command N carries. */
export type ReplyOf<C extends AnyChannel, N extends NameOf<C>> = v.InferOutput<C['table'][N]['reply']>;

/**
 * A channel from its table. `fixed` are fields every message carries (the addressee, `to`: runtime
 * messages reach every extension page, not only the one they are for).
 */
export function defineChannel<const T extends CommandTable, const Key extends string, const Fixed extends v.ObjectEntries>(
  key: Key,
  fixed: Fixed,
  table: T,
): Channel<T, Key, Fixed> {
  const options = Object.entries(table).map(([name, spec]) => v.strictObject({ ...fixed, [key]: v.literal(name), ...spec.input }));
  // The variant is built from the table at run time; its type is the one MessageOf derives from the same table.
  const schema = v.variant(key, options as unknown as v.VariantOptions<Key>) as unknown as Channel<T, Key, Fixed>['schema'];
  return { key, fixed, table, schema };
}

/** Whether `role` may send command `name` on this channel (its table's `from`). */
export function maySend<C extends AnyChannel>(channel: C, name: NameOf<C>, role: string): boolean {
  return (channel.table[name]?.from ?? []).includes(role);
}

/** What a successful reply to command `name` must parse as. */
function replySchemaOf<C extends AnyChannel>(channel: C, name: NameOf<C>) {
  const spec = channel.table[name];
  return replySchema(spec ? spec.reply : v.never());
}

/** One handler per command, answering with the command's reply value (a thrown error becomes a failed reply). */
export type Handlers<C extends AnyChannel, Context = void> = {
  readonly [N in NameOf<C>]: (message: MessageOf<C, N>, context: Context) => Promise<ReplyOf<C, N>>;
};

/** One handler per command, answering with a whole reply (for receivers that pass replies on). */
export type ReplyHandlers<C extends AnyChannel> = {
  readonly [N in NameOf<C>]: (message: MessageOf<C, N>) => Promise<Reply<ReplyOf<C, N>>>;
};

/**
 * The handler a message names. TypeScript cannot follow a union of messages into a record of
 * handlers, so the lookup is untyped here, the one place: the message was parsed against the
 * channel, and the record is typed by the same table, so its handler takes exactly this message.
 */
function handlerFor<H>(channel: AnyChannel, handlers: object, message: object): H {
  const name = (message as Record<string, string>)[channel.key] ?? '';
  const handler = (handlers as Record<string, H | undefined>)[name];
  if (!handler) throw new Error(`no handler for '${name}'`);
  return handler;
}

/** Runs the handler for a parsed message. */
export function dispatch<C extends AnyChannel, Context>(
  channel: C,
  handlers: Handlers<C, Context>,
  message: MessageOf<C>,
  context: Context,
): Promise<unknown> {
  return handlerFor<(m: object, c: Context) => Promise<unknown>>(channel, handlers, message)(message, context);
}

/** Runs the reply handler for a parsed message. */
export function dispatchReply<C extends AnyChannel>(channel: C, handlers: ReplyHandlers<C>, message: MessageOf<C>): Promise<Reply> {
  return handlerFor<(m: object) => Promise<Reply>>(channel, handlers, message)(message);
}

/** A reply as a receiver sends it back, parsed against the command's reply schema. */
export function readReply<C extends AnyChannel, N extends NameOf<C>>(channel: C, name: N, raw: unknown, silent: string): Reply<ReplyOf<C, N>> {
  const parsed = v.safeParse(replySchemaOf(channel, name), raw);
  return parsed.success ? (parsed.output as Reply<ReplyOf<C, N>>) : fail(silent);
}
