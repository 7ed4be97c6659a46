/**
 * Svakom Sam Neo: vibration 12 01 03 00 <04 when running, else 00> <speed> on second-generation units
 * (those with a txmode or firmware endpoint), 12 01 03 00 05 <speed> on the first; suction
 * 12 06 01 <level>. Init subscribes to rx.
 */
import type { inside } from "../../../generated";
import {
  write,
  type HardwareCommand,
  type HardwareLink,
  type Protocol,
  type ProtocolHandler,
  readOutput,
  unsupported,
} from "../protocol";
import { u8 } from "./helpers";

const NAME = "svakom-sam";

class SvakomSam implements ProtocolHandler {
  /** Second generation: speed control. Decided from the endpoints at initialize(). */
  private gen2 = false;

  async initialize(link: HardwareLink): Promise<void> {
    await link.execute({ kind: "subscribe", endpoint: "rx" });
    // Units with only a firmware endpoint are treated as second generation too (single-speed in practice).
    this.gen2 = link.endpoints.has("txmode") || link.endpoints.has("firmware");
  }

  output(featureIndex: number, command: inside.OutputCommand): HardwareCommand[] {
    const out = readOutput(command);
    const s = u8(out.value);
    if (out.type === "Vibrate") {
      return [
        write("tx", this.gen2 ? [0x12, 0x01, 0x03, 0x00, s === 0 ? 0x00 : 0x04, s] : [0x12, 0x01, 0x03, 0x00, 0x05, s]),
      ];
    }
    if (out.type === "Constrict") return [write("tx", [0x12, 0x06, 0x01, s])];
    throw unsupported(NAME, featureIndex, out.type);
  }
}

/** The Svakom Sam protocol. */
export const svakomSam: Protocol = {
  name: NAME,
  create: () => new SvakomSam(),
};
