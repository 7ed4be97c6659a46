import { defineProtocol, type OutputKind, write } from "../protocol";
import { sharedPacket, u8 } from "./helpers";

/** Motor type byte by OutputType: 06 rotator, 04 pump or thruster, 03 vibrator. */
const motorType = (type: string) =>
  type === "Rotate" ? 0x06 : type === "Constrict" || type === "Oscillate" ? 0x04 : 0x03;

/**
 * Sexverse v1 (Rex, Cali, Olis, BuCUE…): every command sends all motors on `tx`:
 * `23 07 3×n (8m type level)… xor`, with m counting motors from 1 (one per output of each feature,
 * in FeatureIndex order), type from motorType and xor over all bytes before it.
 */
export const sexverseV1 = defineProtocol({
  name: "sexverse-v1",
  create: (definition, outputs) => {
    const motors = definition.features.flatMap((f) => Object.keys(f.Output ?? {}));
    // The reference server picks the motor by FeatureIndex in this list.
    const frame = (type: OutputKind) =>
      sharedPacket(
        "sexverse-v1",
        outputs,
        motors.length,
        (levels) => {
          const data = [0x23, 0x07, u8(motors.length * 3)];
          for (const [i, motor] of motors.entries()) data.push(u8(0x80 | (i + 1)), motorType(motor), u8(levels[i]));
          return [write("tx", [...data, data.reduce((a, b) => a ^ b, 0)])];
        },
        type,
      );
    return {
      vibrate: frame("Vibrate"),
      oscillate: frame("Oscillate"),
      constrict: frame("Constrict"),
      rotate: frame("Rotate"),
    };
  },
});
