/**
 * The two-motor packet several Svakom protocols share (v4, v6, Barney): 55 03 <which> 00 <on>
 * <max speed> 00 on tx. The device has one speed for whatever runs, so the higher of the two is
 * sent; <which> says which motors run.
 */
import { defineProtocol, type HardwareCommand, type Protocol, write } from "../protocol";
import { countOutputsOfType, sharedPacket, u8 } from "./helpers";

/** Which motors a two-motor Svakom packet addresses: 00 both, 01 first, 02 second. */
export function svakomMotorSelect(motors: number, first: number, second: number): number {
  if (motors === 1 || (first > 0 && second > 0) || first === second) return 0x00;
  return first > 0 ? 0x01 : 0x02;
}

/**
 * The packet for the first two motor slots of `speeds`; `running` is the <on> byte sent while
 * either runs (00 when both are stopped). `motors` is the model's motor count.
 */
export function svakomPairPacket(motors: number, speeds: readonly number[], running: number): HardwareCommand {
  const [a, b] = speeds.slice(0, 2).map(u8);
  const on = a === 0 && b === 0 ? 0x00 : running;
  return write("tx", [0x55, 0x03, svakomMotorSelect(motors, a, b), 0x00, on, Math.max(a, b), 0x00]);
}

/**
 * A Svakom protocol that is just this pair packet (v4, Barney): Vibrate on FeatureIndex 0–2 (a
 * third slot is accepted but not in the packet), and every change or stop sends the pair packet.
 */
export function svakomPairProtocol(name: string, running: number): Protocol {
  return defineProtocol({
    name,
    create: (definition, outputs) => {
      const motors = countOutputsOfType(definition, "Vibrate");
      return {
        vibrate: sharedPacket(name, outputs, 3, (speeds) => [svakomPairPacket(motors, speeds, running)]),
      };
    },
  });
}
