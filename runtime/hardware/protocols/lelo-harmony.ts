/**
 * Lelo "Harmony" family (Tiani Harmony, Ida Wave, Tor 3, Gigi 3…): one 10-byte command per motor on tx,
 * 0a 12 <FeatureIndex + 1> 08 00 00 00 00 <speed> 00, for vibrators and rotators alike.
 *
 * Security handshake (shared with the F1s V2): subscribe to the security endpoint and wait.
 * All zeros = not yet authorised (the user must tap the power button); 01 00 … = authorised;
 * anything else is a password: unsubscribe, write it back (with response), subscribe again.
 */
import { deviceError, errorText } from "../../errors";
import { defineProtocol, type HardwareCommand, type HardwareLink, write } from "../protocol";
import { u8 } from "./helpers";

const NAME = "lelo-harmony";

/** How long to wait for each security notification (a person has to press the power button). */
export const AUTH_TIMEOUT_MS = 60_000;

/** What a security notification means. */
export type LeloAuthState = "unauthorised" | "authorised" | "password";

/** Classify a security notification, Harmony rules: any length of zeros, or 01 then zeros. */
export function harmonyAuthState(data: Uint8Array): LeloAuthState {
  if (data.every((b) => b === 0)) return "unauthorised";
  if (data.length > 0 && data[0] === 1 && data.subarray(1).every((b) => b === 0)) return "authorised";
  return "password";
}

/**
 * Run the Lelo security handshake on an endpoint until the device says it is authorised.
 * Fails when the device stays silent past `AUTH_TIMEOUT_MS` on any step.
 */
export async function leloSecurityHandshake(
  link: HardwareLink,
  endpoint: string,
  classify: (data: Uint8Array) => LeloAuthState,
  protocol: string,
): Promise<void> {
  await link.execute({ kind: "subscribe", endpoint });
  for (;;) {
    let data: Uint8Array;
    try {
      data = await link.nextNotification(endpoint, AUTH_TIMEOUT_MS);
    } catch (error) {
      throw deviceError(`${protocol}: ${link.name} did not complete the security handshake (${errorText(error)})`);
    }
    const state = classify(data);
    if (state === "authorised") return;
    if (state === "password") {
      await link.execute({ kind: "unsubscribe", endpoint });
      await link.execute(write(endpoint, data, true));
      await link.execute({ kind: "subscribe", endpoint });
    }
    // "unauthorised": keep waiting for the user to tap the power button.
  }
}

/** The Harmony motor command, shared with F1s V2 devices that lack a whitelist endpoint. */
export const harmonyMotor = (featureIndex: number, speed: number): HardwareCommand[] => [
  write("tx", [0x0a, 0x12, u8(featureIndex + 1), 0x08, 0x00, 0x00, 0x00, 0x00, u8(speed), 0x00]),
];

/** The Lelo Harmony protocol. */
export const leloHarmony = defineProtocol({
  name: NAME,
  create: () => ({
    initialize: async (link) => {
      await leloSecurityHandshake(link, "whitelist", harmonyAuthState, NAME);
    },
    vibrate: harmonyMotor,
    rotate: harmonyMotor,
  }),
});
