/**
 * runtime/translation/chain: the walk up from a client's version and down to it, one adjacent
 * step at a time, with the message visible at every version on the way.
 */
import { SessionTranslationContext } from "../../runtime/translation";
import { INSIDE_VERSION, downgradeTo, upgradeFrom } from "../../runtime/translation/chain";
import { ButtplugError, ErrorCode } from "../../runtime/errors";

test("upgradeFrom walks every version from the client's to the inside one", () => {
  const ctx = new SessionTranslationContext(0, false);
  const seen: number[] = [];
  const out = upgradeFrom(0, { Ping: { Id: 3 } }, ctx, (version) => seen.push(version));
  expect(out).toEqual([{ Ping: { Id: 3 } }]);
  expect(seen).toEqual([0, 1, 2, 3, 4]);
  expect(INSIDE_VERSION).toBe(4);
});

test("downgradeTo walks every version below the inside one down to the client's", () => {
  const ctx = new SessionTranslationContext(1, false);
  const seen: number[] = [];
  const out = downgradeTo(1, { ScanningFinished: { Id: 0 } }, ctx, (version) => seen.push(version));
  expect(out).toEqual([{ ScanningFinished: { Id: 0 } }]);
  expect(seen).toEqual([3, 2, 1]);
});

test("a message without a step at some version is a Msg error naming the boundary", () => {
  const ctx = new SessionTranslationContext(2, false);
  // OutputCmd is a v4 message: a v2 client cannot send it, so v2 has no step for it.
  let caught: unknown;
  try {
    upgradeFrom(2, { OutputCmd: { Id: 1 } }, ctx);
  } catch (err) {
    caught = err;
  }
  expect(caught).toBeInstanceOf(ButtplugError);
  expect((caught as ButtplugError).code).toBe(ErrorCode.Msg);
  expect((caught as ButtplugError).message).toBe("OutputCmd: no translation from spec v2 to v3");
});
