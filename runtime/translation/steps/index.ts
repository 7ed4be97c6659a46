/**
 * Every hand-written translation body, by boundary (docs/internals.md §3). A new spec version adds
 * one boundary here: its two step files are created by `npm run generate`.
 */
import type { TranslationBodies } from "../../../generated/translate";
import type { TranslationContext } from "../context";
import { downgradeV0 } from "./downgrade-v0";
import { downgradeV1 } from "./downgrade-v1";
import { downgradeV2 } from "./downgrade-v2";
import { downgradeV3 } from "./downgrade-v3";
import { upgradeV0 } from "./upgrade-v0";
import { upgradeV1 } from "./upgrade-v1";
import { upgradeV2 } from "./upgrade-v2";
import { upgradeV3 } from "./upgrade-v3";

export const translationBodies = {
  upgrade: { 0: upgradeV0, 1: upgradeV1, 2: upgradeV2, 3: upgradeV3 },
  downgrade: { 0: downgradeV0, 1: downgradeV1, 2: downgradeV2, 3: downgradeV3 },
} satisfies TranslationBodies<TranslationContext>;
