/**
 * Kiiroo v2.1 (Pearl 2.1, Titan 1.1, OhMiBod…): vibration is 01 <speed> on tx; strokes are
 * 03 00 <speed> <position>, with the speed from the Fleshlight Launch curve measured from the
 * previous goal. Battery: byte 5 of the 20-byte whitelist characteristic.
 */
import type { inside } from "../../../generated";
import { deviceError } from "../../errors";
import { defineProtocol, type HardwareLink, type Protocol, type ProtocolMethods, write } from "../protocol";
import { batteryReading, u8, unsupportedInput } from "./helpers";
import { launchSpeedByte } from "./kiiroo-v2";

const NAME = "kiiroo-v21";

/**
 * The v2.1 byte format, shared with Kiiroo v2.1 (initialized) and v3: `01 speed` to vibrate,
 * `03 00 speed position` to move, the speed byte from the distance to the previous position.
 */
export function kiirooV21Outputs(): ProtocolMethods {
  let previousPosition = 0;
  return {
    vibrate: (_index, speed) => [write("tx", [0x01, u8(speed)])],
    hwPositionWithDuration: (_index, position, durationMs) => {
      const speed = launchSpeedByte(previousPosition, position, durationMs);
      previousPosition = u8(position);
      return [write("tx", [0x03, 0x00, speed, u8(position)])];
    },
  };
}

/** Kiiroo v2.1's battery: byte 5 of a 20-byte read of `whitelist`. */
export async function readV21Battery(link: HardwareLink, featureIndex: number, type: inside.InputType) {
  if (type !== "Battery") throw unsupportedInput(NAME, featureIndex, type);
  const data = await link.execute({ kind: "read", endpoint: "whitelist", length: 20, timeoutMs: 0 });
  if (data.length !== 20) throw deviceError(`${NAME}: battery data should be 20 bytes, got ${data.length}`);
  return batteryReading(data[5]);
}

/** The Kiiroo v2.1 protocol. */
export const kiirooV21: Protocol = defineProtocol({
  name: NAME,
  create: () => ({ ...kiirooV21Outputs(), readInput: readV21Battery }),
});
