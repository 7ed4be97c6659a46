/**
 * Upgrade v0 → v1: the hand-written bodies of the cases generated/translate/upgrade-v0.ts lists
 * (docs/internals.md §3). `npm run generate` adds a throwing stub here for every new case and
 * never changes an entry that exists; the compiler rejects a missing, extra or mistyped one.
 */
import type * as v0 from "../../../generated/v0/types";
import type * as v1 from "../../../generated/v1/types";
import type { UpgradeV0Steps } from "../../../generated/translate/upgrade-v0";
import * as tx from "..";

export const upgradeV0 = {
  RequestServerInfo(message, ctx) {
    // v0 clients name no version: they are spec v0.
    return [{ RequestServerInfo: { Id: message.Id, ClientName: message.ClientName, MessageVersion: 0 } }];
  },
} satisfies UpgradeV0Steps<tx.TranslationContext>;
