// generated — do not edit. Source: schema/v*/. Regenerate with `npm run generate`.
// The translation chain's step tables: the generated identity steps of every boundary completed
// by the hand-written bodies (runtime/translation/steps/), typed so the chain needs no casts.
import type { WireMessage } from "../envelope";
import { upgradeV0Identity, type UpgradeV0Steps } from "./upgrade-v0";
import { downgradeV0Identity, type DowngradeV0Steps } from "./downgrade-v0";
import { upgradeV1Identity, type UpgradeV1Steps } from "./upgrade-v1";
import { downgradeV1Identity, type DowngradeV1Steps } from "./downgrade-v1";
import { upgradeV2Identity, type UpgradeV2Steps } from "./upgrade-v2";
import { downgradeV2Identity, type DowngradeV2Steps } from "./downgrade-v2";
import { upgradeV3Identity, type UpgradeV3Steps } from "./upgrade-v3";
import { downgradeV3Identity, type DowngradeV3Steps } from "./downgrade-v3";

/** The hand-written bodies of every boundary N (vN ↔ vN+1), as runtime/translation/steps/ provides them. */
export type TranslationBodies<Context> = {
  upgrade: {
    0: UpgradeV0Steps<Context>;
    1: UpgradeV1Steps<Context>;
    2: UpgradeV2Steps<Context>;
    3: UpgradeV3Steps<Context>;
  };
  downgrade: {
    0: DowngradeV0Steps<Context>;
    1: DowngradeV1Steps<Context>;
    2: DowngradeV2Steps<Context>;
    3: DowngradeV3Steps<Context>;
  };
};

// Method syntax makes the parameter bivariant: one table holds steps of different message types.
interface StepSignature<Context> {
  step(message: unknown, ctx: Context): WireMessage[];
}

/** A step as the chain calls it: one message body in, zero or more wire messages `{ Name: body }` out. */
export type TranslationStep<Context> = StepSignature<Context>["step"];

/** The steps of one boundary and direction by message name; an unknown name is undefined (no prototype lookups). */
export type StepTable<Context> = Readonly<Partial<Record<string, TranslationStep<Context>>>>;

/** upgrade[N][name]: a client message from vN to vN+1; downgrade[N][name]: a server message from vN+1 to vN. */
export interface StepTables<Context> {
  readonly upgrade: Readonly<Partial<Record<number, StepTable<Context>>>>;
  readonly downgrade: Readonly<Partial<Record<number, StepTable<Context>>>>;
}

function table<Context>(identity: Record<string, TranslationStep<Context>>, bodies: Record<string, TranslationStep<Context>>): StepTable<Context> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, TranslationStep<Context>>, identity, bodies));
}

/** The complete step tables: the identity steps plus the hand-written bodies. */
export function stepTables<Context>(bodies: TranslationBodies<Context>): StepTables<Context> {
  return {
    upgrade: {
      0: table<Context>(upgradeV0Identity, bodies.upgrade[0]),
      1: table<Context>(upgradeV1Identity, bodies.upgrade[1]),
      2: table<Context>(upgradeV2Identity, bodies.upgrade[2]),
      3: table<Context>(upgradeV3Identity, bodies.upgrade[3]),
    },
    downgrade: {
      0: table<Context>(downgradeV0Identity, bodies.downgrade[0]),
      1: table<Context>(downgradeV1Identity, bodies.downgrade[1]),
      2: table<Context>(downgradeV2Identity, bodies.downgrade[2]),
      3: table<Context>(downgradeV3Identity, bodies.downgrade[3]),
    },
  };
}
