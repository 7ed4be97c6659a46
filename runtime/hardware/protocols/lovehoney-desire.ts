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

const packet = (motor: number, speed: number): HardwareCommand => write("tx", [0xf3, motor, u8(speed)], true);

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

  /** Every motor to 0 at once: F3 00 00 (as the reference test case expects). */
  stop(): HardwareCommand[] {
    this.speeds.fill(0);
    return [packet(0, 0)];
  }
}

/** The Lovehoney Desire protocol. */
export const lovehoneyDesire: Protocol = {
  name: NAME,
  create: (definition: DeviceDefinition) => new LovehoneyDesire(countOutputs(definition)),
};
