// CallEngine's operations as their ENGINE_OPERATIONS entries describe them (shared/bridge-protocol.ts).
// An entry that lists its `args` is the method of the same name taking exactly those fields, in that
// order: the offscreen end of the bridge forwards a call of it as that message (forwardOperations),
// the host end applies the message to its engine (operationHandlers), and an engine that cannot run
// refuses every operation (refuseOperations). None of them writes such a method out by hand.
import type { Handlers, MessageOf, ReplyOf } from './channel.ts';
import { ENGINE_OPERATIONS, type ENGINE_RPC, type EngineCall } from './bridge-protocol.ts';
import type { CallEngine } from './engine.ts';

type Rpc = typeof ENGINE_RPC;
type Operations = typeof ENGINE_OPERATIONS;
export type OperationName = keyof Operations & string;

/** The operations whose arguments are their fields (every one but startCall, whose options are not). */
export type ForwardedName = { [N in OperationName]: Operations[N] extends { readonly args: readonly string[] } ? N : never }[OperationName];

type FieldsOf<N extends ForwardedName> = Operations[N] extends { readonly args: infer A } ? A : never;
type ArgsFrom<Fields, Message> = { -readonly [I in keyof Fields]: Fields[I] extends keyof Message ? Message[Fields[I]] : never };
/** The arguments of operation N: the values of its fields, in its entry's order. */
type ArgsOf<N extends ForwardedName> = Extract<ArgsFrom<FieldsOf<N>, MessageOf<Rpc, N>>, unknown[]>;
/** What a method answers: a reply of `null` is a method that resolves with nothing. */
type ResultOf<N extends ForwardedName> = ReplyOf<Rpc, N> extends null ? void : ReplyOf<Rpc, N>;

/** The forwarded operations as methods, typed by their entries. */
export type ForwardedOperations = {
  readonly [N in ForwardedName]: (...args: ArgsOf<N>) => Promise<ResultOf<N>>;
};

/** A method that accepts whatever its entry's fields are; every forwarded operation is one. */
type AnyOperation = (...args: never[]) => Promise<unknown>;

/** Each forwarded operation's name and fields (an entry with `args` is one by ForwardedName's definition). */
const FORWARDED = Object.entries(ENGINE_OPERATIONS).flatMap(([name, spec]) =>
  'args' in spec ? [{ name: name as ForwardedName, fields: spec.args }] : [],
);

/** Compiles only while CallEngine's operations are the table's, argument for argument. */
export type OperationsAgree = [
  Assert<Equals<OperationName, Exclude<keyof CallEngine, 'start' | 'dispose' | 'getSnapshot' | 'subscribe'>>>,
  Assert<Fits<Pick<CallEngine, ForwardedName>, ForwardedOperations>>,
  Assert<Fits<ForwardedOperations, Pick<CallEngine, ForwardedName>>>,
];
type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Fits<Real, Port> = [Real] extends [Port] ? true : false;
type Assert<T extends true> = T;

/**
 * The forwarded operations of an engine across the bridge: each call becomes its message, sent with
 * `request`, which answers with the reply's value parsed against the entry. TypeScript cannot build a
 * record of differently typed methods from a list, so the record is typed here, the one place: each
 * method sends its entry's fields, from arguments ForwardedOperations types by the same entry.
 */
export function forwardOperations(request: (call: EngineCall) => Promise<unknown>): ForwardedOperations {
  const methods = FORWARDED.map(({ name, fields }) => {
    const method: AnyOperation = async (...args) => {
      const call = { method: name, ...Object.fromEntries(fields.map((field, index) => [field, args[index]])) };
      const value = await request(call as EngineCall);
      return value === null ? undefined : value;
    };
    return [name, method] as const;
  });
  return Object.fromEntries(methods) as ForwardedOperations;
}

/**
 * The host end's handlers of the forwarded operations: each applies its message's fields, in order,
 * to the engine's method of the same name, which OperationsAgree holds to take exactly those.
 */
export function operationHandlers<Context>(engineOf: (context: Context) => CallEngine): Pick<Handlers<Rpc, Context>, ForwardedName> {
  const handlers = FORWARDED.map(({ name, fields }) => {
    const handle = async (message: Readonly<Record<string, unknown>>, context: Context): Promise<unknown> => {
      const operations: ForwardedOperations = engineOf(context);
      const operation: AnyOperation = operations[name];
      const value = await operation.apply(operations, fields.map((field) => message[field]) as never[]);
      return value ?? null;
    };
    return [name, handle] as const;
  });
  // Typed as the table's handlers for the same reason as forwardOperations' record.
  return Object.fromEntries(handlers) as unknown as Pick<Handlers<Rpc, Context>, ForwardedName>;
}

/** Every operation of an engine that cannot run, each refused with `refusal`. */
export function refuseOperations(refusal: () => Promise<never>): { readonly [N in OperationName]: () => Promise<never> } {
  const refusals = Object.keys(ENGINE_OPERATIONS).map((name) => [name, refusal] as const);
  // Typed here for the same reason as forwardOperations' record: its keys are the table's.
  return Object.fromEntries(refusals) as { readonly [N in OperationName]: () => Promise<never> };
}
