/**
 * The translation chain (docs/internals.md §3): a client message of spec vN goes up one adjacent
 * step at a time to the version the server speaks inside; a server message comes down the same way
 * to the client's version. Each step may fan out (one message becomes several) or drop (none).
 */
import { INSIDE_VERSION, messageName, type SpecVersion, type WireMessage } from "../../generated";
import { stepTables } from "../../generated/translate";
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

/**
 * Upgrade a client message of spec `from` to the inside version. `atVersion` sees what the message
 * became at every version on the way, `from` included (the session records it for requestAt).
 * Throws a ButtplugError (Msg) when a version has no step for a message, and whatever a step throws.
 */
export function upgradeFrom(
  from: SpecVersion,
  message: WireMessage,
  ctx: TranslationContext,
  atVersion?: (version: SpecVersion, messages: WireMessage[]) => void,
): WireMessage[] {
  let current = [message];
  atVersion?.(from, current);
  for (let v = from; v < INSIDE_VERSION; v++) {
    const next: WireMessage[] = [];
    for (const m of current) {
      const name = messageName(m) ?? "";
      const step = upgradeSteps[v]?.[name];
      if (!step) throw messageError(`${name}: no translation from spec v${v} to v${v + 1}`);
      next.push(...step(m[name], ctx));
    }
    current = next;
    atVersion?.((v + 1) as SpecVersion, current);
  }
  return current;
}

/**
 * Downgrade a server message of the inside version to spec `to`. `atVersion` sees the messages at
 * every version below the inside one. Throws like upgradeFrom.
 */
export function downgradeTo(
  to: SpecVersion,
  message: WireMessage,
  ctx: TranslationContext,
  atVersion?: (version: SpecVersion, messages: WireMessage[]) => void,
): WireMessage[] {
  let current = [message];
  for (let v = INSIDE_VERSION - 1; v >= to; v--) {
    const next: WireMessage[] = [];
    for (const m of current) {
      const name = messageName(m) ?? "";
      const step = downgradeSteps[v]?.[name];
      if (!step) throw messageError(`${name}: no translation from spec v${v + 1} to v${v}`);
      next.push(...step(m[name], ctx));
    }
    current = next;
    atVersion?.(v as SpecVersion, current);
  }
  return current;
}
