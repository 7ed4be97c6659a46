/**
 * Lovehoney Desire: F3 <motor> <speed> on tx, with response. Motor 0 means "all motors": single
 * motor toys always use it; two-motor toys use it when both speeds are equal and otherwise send
 * F3 01 <first> then F3 02 <second>.
 */
import type { inside } from "../../../generated";
import { write, type DeviceDefinition, type HardwareCommand, type Protocol, type ProtocolHandler } from "../protocol";
import { countOutputs, u8 } from "./helpers";
import { encodeOutput } from "./output-encoders";

const NAME = "lovehoney-desire";

/** `f3 motor speed`: motor 1 is FeatureIndex 0, motor 2 FeatureIndex 1, motor 0 both. */
const packet = (motor: number, speed: number): HardwareCommand =>
  write("tx", [0xf3, motor, u8(speed)], true, motor === 0 ? [0, 1] : [motor - 1]);

class LovehoneyDesire implements ProtocolHandler {
  private readonly speeds: number[];

  constructor(motors: number) {
    this.speeds = Array<number>(motors).fill(0);
  }

  output(featureIndex: number, command: inside.OutputCommand): HardwareCommand[] {
    return encodeOutput(NAME, featureIndex, command, {
      Vibrate: (index, speed) => {
        if (this.speeds.length === 1) return [packet(0, speed)];
        this.speeds[index] = u8(speed);
        const [first, second] = this.speeds;
        return first === second ? [packet(0, first)] : [packet(1, first), packet(2, second)];
      },
    });
  }
}

/** The Lovehoney Desire protocol. */
export const lovehoneyDesire: Protocol = {
  name: NAME,
  create: (definition: DeviceDefinition) => new LovehoneyDesire(countOutputs(definition)),
};
