/**
 * Magic Motion v3 (LoveLife Krush): one motor, 0b ff 04 0a 46 46 00 04 08 <speed> 64 00 on tx.
 * Battery: the standard BLE battery characteristic.
 */
import { magicMotionOneMotor } from "./magic-motion-1";

/** The Magic Motion v3 protocol. */
export const magicMotion3 = magicMotionOneMotor("magic-motion-3", 0x46, false);
