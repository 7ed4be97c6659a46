import type { UpgradeV0Steps } from "../../../generated/translate/upgrade-v0";
import type * as tx from "..";

export const upgradeV0 = {
  RequestServerInfo(message, _ctx) {
    // v0 clients name no version: they are spec v0.
    return [{ RequestServerInfo: { Id: message.Id, ClientName: message.ClientName, MessageVersion: 0 } }];
  },
} satisfies UpgradeV0Steps<tx.TranslationContext>;
