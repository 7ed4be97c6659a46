/**
 * generated/envelope.ts: the one reader of the `{ Name: body }` envelope (session, client, codec,
 * session checker, hardware device and v4 handler all use it).
 */
import { MAX_MESSAGE_ID, messageBody, messageId, messageName } from "../../generated/envelope";

test("messageName and messageBody read a one-key object and nothing else", () => {
  expect(messageName({ Ping: { Id: 5 } })).toBe("Ping");
  expect(messageBody({ Ping: { Id: 5 } })).toEqual({ Id: 5 });
  expect(messageName({ Vibrate: { Value: 3 } })).toBe("Vibrate"); // an OutputCommand is a one-key object too
  for (const notOne of [{}, { Ping: {}, Ok: {} }, [{ Ping: {} }], null, undefined, "Ping", 5]) {
    expect(messageName(notOne)).toBeUndefined();
    expect(messageBody(notOne)).toBeUndefined();
  }
  // Inherited keys do not count.
  expect(messageName(Object.assign(Object.create({ Inherited: 1 }), { Ping: { Id: 1 } }))).toBe("Ping");
  expect(messageName(JSON.parse('{"__proto__": {"Id": 1}}'))).toBe("__proto__");
});

test("messageId is the body's Id only when it is an integer 0…4294967295", () => {
  expect(messageId({ Ping: { Id: 7 } })).toBe(7);
  expect(messageId({ ScanningFinished: { Id: 0 } })).toBe(0);
  expect(messageId({ Ping: { Id: MAX_MESSAGE_ID } })).toBe(4294967295);
  for (const id of [-1, 1.5, MAX_MESSAGE_ID + 1, "7", null]) expect(messageId({ Ping: { Id: id } })).toBeUndefined();
  expect(messageId({ Ping: [7] })).toBeUndefined();
  expect(messageId({ Ping: { Id: 1 }, Ok: { Id: 2 } })).toBeUndefined();
});
