/**
 * Lelo F1s V2 / V3 / F2S: the F1s packet (01 <motor 1> <motor 2>), written with response, after a
 * security handshake on the whitelist endpoint (see lelo-harmony.ts). Units without a whitelist
 * endpoint do the handshake on generic0 and then speak the Harmony command format.
 */
import type { inside } from "../../../generated";
import type { HardwareCommand, HardwareLink, Protocol, ProtocolHandler } from "../protocol";
import { LeloF1sHandler } from "./lelo-f1s";
import { LeloHarmonyHandler, leloSecurityHandshake, type LeloAuthState } from "./lelo-harmony";

const NAME = "lelo-f1sv2";

/** Classify a security notification, F1s V2 rules: exactly eight zeros, or 01 and seven zeros. */
export function f1sv2AuthState(data: Uint8Array): LeloAuthState {
  if (data.length === 8 && data.every((b) => b === 0)) return "unauthorised";
  if (data.length === 8 && data[0] === 1 && data.subarray(1).every((b) => b === 0)) return "authorised";
  return "password";
}

class LeloF1sV2 implements ProtocolHandler {
  private encoder: ProtocolHandler = new LeloF1sHandler(true, NAME);

  async initialize(link: HardwareLink): Promise<void> {
    const harmony = !link.endpoints.has("whitelist");
    await leloSecurityHandshake(link, harmony ? "generic0" : "whitelist", f1sv2AuthState, NAME);
    if (harmony) this.encoder = new LeloHarmonyHandler(NAME);
  }

  output(featureIndex: number, command: inside.OutputCommand): HardwareCommand[] {
    return this.encoder.output(featureIndex, command);
  }
}

/** The Lelo F1s V2 protocol. */
export const leloF1sv2: Protocol = {
  name: NAME,
  create: () => new LeloF1sV2(),
};
