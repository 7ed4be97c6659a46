/**
 * Magic Motion v3 (LoveLife Krush): one motor, 0b ff 04 0a 46 46 00 04 08 <speed> 64 00 on tx.
 * Battery: the standard BLE battery characteristic.
 */
import type { Protocol } from "../protocol";
import { MagicMotionOneMotor } from "./magic-motion-1";

const NAME = "magic-motion-3";

/** The Magic Motion v3 protocol. */
export const magicMotion3: Protocol = {
  name: NAME,
  create: () => new MagicMotionOneMotor(NAME, 0x46, ["Vibrate"]),
};
