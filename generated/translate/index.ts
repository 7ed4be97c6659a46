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

/** The steps of one file by message name; a name without a step is undefined (no prototype lookups). */
export type StepTable = Readonly<Partial<Record<string, TranslationStep>>>;

function table(steps: Record<string, TranslationStep>): StepTable {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, TranslationStep>, steps));
}

/** upgradeSteps[N][name]: client message `name` from vN to vN+1 (every client message of vN). */
export const upgradeSteps: Readonly<Record<number, StepTable>> = {
  0: table(upgradeV0),
  1: table(upgradeV1),
  2: table(upgradeV2),
  3: table(upgradeV3),
};

/** downgradeSteps[N][name]: server message `name` from vN+1 to vN (every server message of vN+1). */
export const downgradeSteps: Readonly<Record<number, StepTable>> = {
  0: table(downgradeV0),
  1: table(downgradeV1),
  2: table(downgradeV2),
  3: table(downgradeV3),
};
export * as upgradeV0 from "./upgrade-v0";
export * as downgradeV0 from "./downgrade-v0";
export * as upgradeV1 from "./upgrade-v1";
export * as downgradeV1 from "./downgrade-v1";
export * as upgradeV2 from "./upgrade-v2";
export * as downgradeV2 from "./downgrade-v2";
export * as upgradeV3 from "./upgrade-v3";
export * as downgradeV3 from "./downgrade-v3";
