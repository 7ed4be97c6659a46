// generated — do not edit. Source: templates/envelope.ts.hbs. Regenerate with `npm run generate`.
// The envelope every message travels in, in every spec version: a one-key object whose key is the
// message name and whose value is the body, `{ "Ping": { "Id": 5 } }`. The one place that reads it.

/** A message as it travels on the wire: one key (the message name) holding the body. */
export type WireMessage = Record<string, unknown>;

/** Largest Id a message may carry (spec: client Ids 1…4294967295, server-initiated 0). */
export const MAX_MESSAGE_ID = 4294967295;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The message name of a one-key object, or undefined when `message` is not an object with exactly one key. */
export function messageName(message: unknown): string | undefined {
  if (!isObject(message)) return undefined;
  let name: string | undefined;
  // for…in instead of Object.keys: no array per message on the hot path.
  for (const key in message) {
    if (!Object.hasOwn(message, key)) continue;
    if (name !== undefined) return undefined;
    name = key;
  }
  return name;
}

/** The body of a one-key message object, or undefined when it is not one. */
export function messageBody(message: unknown): unknown {
  const name = messageName(message);
  return name === undefined ? undefined : (message as Record<string, unknown>)[name];
}

/** The Id of a message's body when it is a valid Id (an integer 0…4294967295), else undefined. */
export function messageId(message: unknown): number | undefined {
  const body = messageBody(message);
  if (!isObject(body)) return undefined;
  const id = body.Id;
  return typeof id === "number" && Number.isInteger(id) && id >= 0 && id <= MAX_MESSAGE_ID ? id : undefined;
}
