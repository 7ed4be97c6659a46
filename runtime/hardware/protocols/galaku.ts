/**
 * Galaku: frames are obfuscated. A frame is 23 <payload…> <sum of all previous bytes>, then
 * every byte after the first is replaced by ((k ^ 23 ^ byte) + k) & ff, where k comes from a
 * 4×12 key table, row chosen by the low two bits of the previous (already obfuscated) byte,
 * column by the byte's position.
 *
 * Payloads (tx, without response):
 * - one motor: 5a 00 00 01 31 <speed> 00 00 00 00
 * - two motors: 5a 00 00 01 40 03 <first> <second> 00 00 (both kept, every command carries both)
 * - the Caiping pump (advertised as "AC695X_1(BLE)"), not obfuscated:
 *   aa 01 0a 03 <speed> <01, or 00 when stopped> and ten 00
 * Vibrate, Oscillate and Constrict all use these. Battery: subscribe to the battery endpoint,
 * send the payload 5a 00 00 01 13 00 00 00 00 00 (with response); the reply's first byte is the level.
 */
import type { inside } from "../../../generated";
import { deviceError } from "../../errors";
import { defineProtocol, type HardwareCommand, type HardwareLink, write } from "../protocol";
import { BLE_BATTERY_ENDPOINT, batteryReading, countOutputs, onOff, u8, unsupportedInput } from "./helpers";

const NAME = "galaku";
/** The name the Caiping pump advertises; it speaks an unobfuscated frame. */
const CAIPING_PUMP_NAME = "AC695X_1(BLE)";
/** How long a battery read waits for the device's reply. */
export const GALAKU_BATTERY_TIMEOUT_MS = 1000;

const KEY_TABLE = [
  [0, 24, 152, 247, 165, 61, 13, 41, 37, 80, 68, 70],
  [0, 69, 110, 106, 111, 120, 32, 83, 45, 49, 46, 55],
  [0, 101, 120, 32, 84, 111, 121, 115, 10, 142, 157, 163],
  [0, 197, 214, 231, 248, 10, 50, 32, 111, 98, 13, 10],
];

/** A Galaku frame for a payload: prefix 23, checksum, then obfuscation. */
export function galakuFrame(payload: number[]): number[] {
  const plain = [0x23, ...payload];
  plain.push(plain.reduce((sum, b) => sum + b, 0));
  const out = [plain[0]];
  for (let i = 1; i < plain.length; i++) {
    const key = KEY_TABLE[out[i - 1] & 3][i];
    out.push(((key ^ plain[0] ^ plain[i]) + key) & 0xff);
  }
  return out.map(u8);
}

/** Battery: subscribe, ask with the battery payload (with response); the reply's first byte is the level. */
async function readGalakuBattery(link: HardwareLink, featureIndex: number, type: inside.InputType) {
  if (type !== "Battery") throw unsupportedInput(NAME, featureIndex, type);
  await link.execute({ kind: "subscribe", endpoint: BLE_BATTERY_ENDPOINT });
  await link.execute(write("tx", galakuFrame([0x5a, 0x00, 0x00, 0x01, 0x13, 0x00, 0x00, 0x00, 0x00, 0x00]), true));
  const reply = await link.nextNotification(BLE_BATTERY_ENDPOINT, GALAKU_BATTERY_TIMEOUT_MS);
  if (reply.length < 1) throw deviceError(`${NAME}: empty battery reply`);
  return batteryReading(reply[0]);
}

/** Subscribe / unsubscribe commands for the battery endpoint. */
const batteryEndpoint =
  (kind: "subscribe" | "unsubscribe") =>
  (featureIndex: number, type: inside.InputType): HardwareCommand[] => {
    if (type !== "Battery") throw unsupportedInput(NAME, featureIndex, type);
    return [{ kind, endpoint: BLE_BATTERY_ENDPOINT }];
  };

/** The Galaku protocol. */
export const galaku = defineProtocol({
  name: NAME,
  create: (definition, outputs) => {
    const motors = countOutputs(definition);
    const caipingPump = definition.identifier === CAIPING_PUMP_NAME;
    const frame = (speed: number): number[] => {
      if (motors === 1) {
        if (caipingPump) return [0xaa, 0x01, 0x0a, 0x03, u8(speed), onOff(speed), ...Array<number>(10).fill(0)];
        return galakuFrame([0x5a, 0x00, 0x00, 0x01, 0x31, speed, 0x00, 0x00, 0x00, 0x00]);
      }
      const [first, second] = outputs.slots(2).map(u8);
      return galakuFrame([0x5a, 0x00, 0x00, 0x01, 0x40, 0x03, first, second, 0x00, 0x00]);
    };
    const motor = (_index: number, speed: number) => [write("tx", frame(speed), false, ["all"])];
    return {
      vibrate: motor,
      oscillate: motor,
      constrict: motor,
      readInput: readGalakuBattery,
      subscribeInput: batteryEndpoint("subscribe"),
      unsubscribeInput: batteryEndpoint("unsubscribe"),
    };
  },
});
