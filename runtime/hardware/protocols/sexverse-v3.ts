import { defineProtocol, type HardwareCommand, write } from "../protocol";
import { u8 } from "./helpers";

/** Keepalive period of Sexverse v3 devices (ms): they stop unless the last frame is repeated. */
export const SEXVERSE_V3_COMMAND_DELAY_MS = 100;

const frame = (index: number, speed: number) => [write("tx", [0xa1, 0x04, u8(speed), u8(index + 1)], true)];

/**
 * Sexverse v3 (Tay, Zeus): `a1 04 level FeatureIndex+1` on `tx`, written with response, for every
 * motor. The reference server encodes vibrators and rotators this way and has no oscillate
 * encoding, so the Zeus oscillator (and a Stop of it) fails there; here it gets the same frame.
 * The last frame is repeated every 100 ms (the device is stopped on connect, so there is one).
 */
export const sexverseV3 = defineProtocol({
  name: "sexverse-v3",
  create: () => {
    let last: HardwareCommand[] | undefined;
    const motor = (featureIndex: number, speed: number) => (last = frame(featureIndex, speed));
    return {
      vibrate: motor,
      rotate: motor,
      oscillate: motor,
      keepalive: () => ({ intervalMs: SEXVERSE_V3_COMMAND_DELAY_MS, commands: last ?? [], repeatsLastPacket: true }),
    };
  },
});
