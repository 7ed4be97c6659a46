/**
 * Lelo F1s V2 / V3 / F2S: the F1s packet (01 <motor 1> <motor 2>), written with response, after a
 * security handshake on the whitelist endpoint (see lelo-harmony.ts). Units without a whitelist
 * endpoint do the handshake on generic0 and then speak the Harmony command format.
 */
import { defineProtocol, unsupported } from "../protocol";
import { leloF1sVibrate } from "./lelo-f1s";
import { harmonyMotor, type LeloAuthState, leloSecurityHandshake } from "./lelo-harmony";

const NAME = "lelo-f1sv2";

/** Classify a security notification, F1s V2 rules: exactly eight zeros, or 01 and seven zeros. */
export function f1sv2AuthState(data: Uint8Array): LeloAuthState {
  if (data.length === 8 && data.every((b) => b === 0)) return "unauthorised";
  if (data.length === 8 && data[0] === 1 && data.subarray(1).every((b) => b === 0)) return "authorised";
  return "password";
}

/** The Lelo F1s V2 protocol: F1s packets with response, or Harmony commands on a device without a whitelist. */
export const leloF1sv2 = defineProtocol({
  name: NAME,
  create: (_definition, outputs) => {
    const f1s = leloF1sVibrate(NAME, outputs, true);
    let harmony = false;
    return {
      initialize: async (link) => {
        const noWhitelist = !link.endpoints.has("whitelist");
        await leloSecurityHandshake(link, noWhitelist ? "generic0" : "whitelist", f1sv2AuthState, NAME);
        harmony = noWhitelist;
      },
      vibrate: (featureIndex, speed) => (harmony ? harmonyMotor(featureIndex, speed) : f1s(featureIndex)),
      rotate: (featureIndex, speed) => {
        if (!harmony) throw unsupported(NAME, featureIndex, "Rotate");
        return harmonyMotor(featureIndex, speed);
      },
    };
  },
});
