/**
 * The translation chain (docs/internals.md §3): a client message of spec vN goes up one adjacent
 * step at a time to the version the server speaks inside; a server message comes down the same way
 * to the client's version. Each step may fan out (one message becomes several) or drop (none).
 */
import { INSIDE_VERSION, messageName, type SpecVersion, type WireMessage } from "../../generated";
import { type StepTables, stepTables } from "../../generated/translate";
import { messageError } from "../errors";
import type { TranslationContext } from "./context";
import { translationBodies } from "./steps";

/** The version the server speaks inside; every chain starts or ends here. */
export { INSIDE_VERSION };

/**
 * upgradeSteps[N][name]: a client message from vN to vN+1; downgradeSteps[N][name]: a server
 * message from vN+1 to vN. The generated identity steps plus the hand-written bodies.
 */
export const { upgrade: upgradeSteps, downgrade: downgradeSteps } = stepTables<TranslationContext>(translationBodies);

/** Sees the messages at each version a walk along the chain reaches. */
type AtVersion = (version: SpecVersion, messages: WireMessage[]) => void;

/** A walk along the chain from or to `version`. */
type ChainWalk = (
  version: SpecVersion,
  message: WireMessage,
  ctx: TranslationContext,
  atVersion?: AtVersion,
) => WireMessage[];

/**
 * Upgrade a client message of spec `from` to the inside version. `atVersion` sees what the message
 * became at every version on the way, `from` included (the session records it for requestAt).
 * Throws a ButtplugError (Msg) when a version has no step for a message, and whatever a step throws.
 */
export const upgradeFrom: ChainWalk = (from, message, ctx, atVersion) => {
  atVersion?.(from, [message]);
  return walk(upgradeSteps, from, INSIDE_VERSION, [message], ctx, atVersion);
};

/**
 * Downgrade a server message of the inside version to spec `to`. `atVersion` sees the messages at
 * every version below the inside one. Throws like upgradeFrom.
 */
export const downgradeTo: ChainWalk = (to, message, ctx, atVersion) =>
  walk(downgradeSteps, INSIDE_VERSION, to, [message], ctx, atVersion);

/** `messages` of spec `from` to spec `to`, one adjacent step at a time (steps[N] is between vN and vN+1). */
function walk(
  steps: StepTables<TranslationContext>["upgrade"],
  from: SpecVersion,
  to: SpecVersion,
  messages: WireMessage[],
  ctx: TranslationContext,
  atVersion?: AtVersion,
): WireMessage[] {
  let current = messages;
  for (let v = from; v !== to; ) {
    const next = (to > v ? v + 1 : v - 1) as SpecVersion;
    const table = steps[Math.min(v, next)];
    current = current.flatMap((m) => {
      const name = messageName(m) ?? "";
      const step = table?.[name];
      if (!step) throw messageError(`${name}: no translation from spec v${v} to v${next}`);
      return step(m[name], ctx);
    });
    atVersion?.(next, current);
    v = next;
  }
  return current;
}
