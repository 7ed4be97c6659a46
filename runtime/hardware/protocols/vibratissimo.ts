/**
 * Vibratissimo: every vibrator's speed in one packet on txvibrate (one byte each; a single
 * vibrator is padded with 00), always preceded by 03 ff on txmode to put the device in write
 * mode. Both without response. The configuration is the model string read from the Device
 * Information model number characteristic (rxblemodel), or the advertised name when that is not
 * UTF-8. Battery: the standard BLE battery level.
 */
import { defineProtocol, type HardwareLink, write } from "../protocol";
import { countOutputsOfType, bleBatteryInput, u8, utf8 } from "./helpers";

const NAME = "vibratissimo";
const WRITE_MODE = [0x03, 0xff];

/** The Vibratissimo protocol. */
export const vibratissimo = defineProtocol({
  name: NAME,
  async identify(link: HardwareLink): Promise<string> {
    const model = await link.execute({ kind: "read", endpoint: "rxblemodel", length: 128, timeoutMs: 500 });
    return utf8(model) ?? link.name;
  },
  create: (definition, outputs) => {
    const vibrators = countOutputsOfType(definition, "Vibrate");
    return {
      vibrate: () => {
        const speeds = outputs.slots(vibrators).map(u8);
        return [write("txmode", WRITE_MODE), write("txvibrate", vibrators === 1 ? [...speeds, 0x00] : speeds)];
      },
      readInput: bleBatteryInput(NAME),
    };
  },
});
