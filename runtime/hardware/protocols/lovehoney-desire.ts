/**
 * Lovehoney Desire: F3 <motor> <speed> on tx, with response. Motor 0 means "all motors": single
 * motor toys always use it; two-motor toys use it when both speeds are equal and otherwise send
 * F3 01 <first> then F3 02 <second>.
 */
import { defineProtocol, type HardwareCommand, write } from "../protocol";
import { countOutputs, u8 } from "./helpers";

const NAME = "lovehoney-desire";

/** `f3 motor speed`: motor 1 is FeatureIndex 0, motor 2 FeatureIndex 1, motor 0 both. */
const packet = (motor: number, speed: number): HardwareCommand =>
  write("tx", [0xf3, motor, u8(speed)], true, motor === 0 ? [0, 1] : [motor - 1]);

/** The Lovehoney Desire protocol. */
export const lovehoneyDesire = defineProtocol({
  name: NAME,
  create: (definition, outputs) => {
    const motors = countOutputs(definition);
    return {
      vibrate: (_index, speed) => {
        if (motors === 1) return [packet(0, speed)];
        const [first, second] = outputs.slots(2).map(u8);
        return first === second ? [packet(0, first)] : [packet(1, first), packet(2, second)];
      },
    };
  },
});
