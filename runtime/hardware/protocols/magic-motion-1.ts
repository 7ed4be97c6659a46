/**
 * Magic Motion v1 (Smart Mini Vibe, Flamingo, Candy…): one motor,
 * 0b ff 04 0a 32 32 00 04 08 <speed> 64 00 on tx. Xone's Oscillate uses the same packet.
 * Battery: the standard BLE battery characteristic.
 */
import { defineProtocol, type Protocol, type ProtocolMethods, write } from "../protocol";
import { bleBatteryInput, u8 } from "./helpers";

/**
 * A one-motor Magic Motion protocol: 0b ff 04 0a <model> <model> 00 04 08 <speed> 64 00 on tx,
 * for Vibrate (and Oscillate, when `oscillate`); shared with Magic Motion v3, which differs in the
 * model byte. Battery: the standard BLE battery level.
 */
export function magicMotionOneMotor(name: string, model: number, oscillate: boolean): Protocol {
  const packet = (_index: number, speed: number) => [
    write("tx", [0x0b, 0xff, 0x04, 0x0a, model, model, 0x00, 0x04, 0x08, u8(speed), 0x64, 0x00]),
  ];
  return defineProtocol({
    name,
    create: (): ProtocolMethods => ({
      vibrate: packet,
      ...(oscillate ? { oscillate: packet } : {}),
      readInput: bleBatteryInput(name),
    }),
  });
}

/** The Magic Motion v1 protocol. */
export const magicMotion1 = magicMotionOneMotor("magic-motion-1", 0x32, true);
