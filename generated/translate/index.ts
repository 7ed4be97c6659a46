// generated — do not edit. Source: schema/v*/. Regenerate with `npm run generate`.
// Translation step tables: upgradeSteps[N][name] translates a client message from vN to vN+1,
// downgradeSteps[N][name] a server message from vN+1 to vN.
import type * as tx from "../../runtime/translation";
import * as upgradeV0 from "./upgrade-v0";
import * as downgradeV0 from "./downgrade-v0";
import * as upgradeV1 from "./upgrade-v1";
import * as downgradeV1 from "./downgrade-v1";
import * as upgradeV2 from "./upgrade-v2";
import * as downgradeV2 from "./downgrade-v2";
import * as upgradeV3 from "./upgrade-v3";
import * as downgradeV3 from "./downgrade-v3";

/** A step as the server calls it: one message body in, zero or more wire messages `{ Name: body }` out. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type TranslationStep = (message: any, ctx: tx.TranslationContext) => object[];

/** upgradeSteps[N][name]: client message `name` from vN to vN+1 (every client message of vN). */
export const upgradeSteps: Readonly<Record<number, Readonly<Record<string, TranslationStep>>>> = {
  0: upgradeV0,
  1: upgradeV1,
  2: upgradeV2,
  3: upgradeV3,
};

/** downgradeSteps[N][name]: server message `name` from vN+1 to vN (every server message of vN+1). */
export const downgradeSteps: Readonly<Record<number, Readonly<Record<string, TranslationStep>>>> = {
  0: downgradeV0,
  1: downgradeV1,
  2: downgradeV2,
  3: downgradeV3,
};
export * as upgradeV0 from "./upgrade-v0";
export * as downgradeV0 from "./downgrade-v0";
export * as upgradeV1 from "./upgrade-v1";
export * as downgradeV1 from "./downgrade-v1";
export * as upgradeV2 from "./upgrade-v2";
export * as downgradeV2 from "./downgrade-v2";
export * as upgradeV3 from "./upgrade-v3";
export * as downgradeV3 from "./downgrade-v3";
