/**
 * Fredorch Rotary: the machine only knows "one step faster" (55 03 01 04 aa), "one step slower"
 * (55 03 02 05 aa) and "stop" (55 03 24 27 aa), all on tx without response. An Oscillate speed
 * (0–20) is therefore a target: every 100 ms, while the speed the device was last stepped to
 * differs from it, steps are sent back to back until they match. Speed 0 stops at once.
 *
 * Init subscribes to rx and sends handshake, password, power-up and stop, giving the device up to
 * 100 ms to answer each (after the password it answers nothing). The device gives no state
 * feedback: if it beeps twice it has powered off and must be reconnected.
 */
import { deviceError } from "../../errors";
import { defineProtocol, type HardwareCommand, type HardwareLink, type ProtocolMethods, write } from "../protocol";
import { u8 } from "./helpers";

const NAME = "fredorch-rotary";
/** Init answer timeout, and the period of the speed stepping. */
export const FREDORCH_ROTARY_STEP_MS = 100;

/** A one-byte command frame: 55 03 <cmd> <cmd + 3> aa. */
const frame = (cmd: number): number[] => [0x55, 0x03, cmd, u8(cmd + 3), 0xaa];
const FASTER = 0x01;
const SLOWER = 0x02;
const STOP = 0x24;

const INIT = [
  [0x55, 0x03, 0x99, 0x9c, 0xaa], // start the handshake
  [0x55, 0x09, 0x21, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x2a, 0xaa], // password
  frame(0x1f), // power up
  frame(STOP),
];

class FredorchRotary implements ProtocolMethods {
  private link?: HardwareLink;
  private current = 0;
  private target = 0;
  private timer?: ReturnType<typeof setTimeout>;

  async initialize(link: HardwareLink): Promise<void> {
    this.link = link;
    await link.execute({ kind: "subscribe", endpoint: "rx" });
    for (const data of INIT) {
      await link.execute(write("tx", data));
      await link.nextNotification("rx", FREDORCH_ROTARY_STEP_MS).catch(() => undefined);
    }
  }

  oscillate(index: number, speed: number): HardwareCommand[] {
    this.target = u8(speed);
    if (speed === 0) {
      this.current = 0;
      return [write("tx", frame(STOP))];
    }
    if (!this.link) throw deviceError(`${NAME}: FeatureIndex ${index} Oscillate before initialize()`);
    if (this.timer === undefined && this.current !== this.target) this.schedule();
    return [];
  }

  private schedule(): void {
    this.timer = setTimeout(() => void this.stepToTarget(), FREDORCH_ROTARY_STEP_MS);
    this.timer.unref?.();
  }

  /** Step until the device is at the target (which may change meanwhile). */
  private async stepToTarget(): Promise<void> {
    this.timer = undefined;
    while (this.link && this.current !== this.target) {
      const cmd = this.target === 0 ? STOP : this.target > this.current ? FASTER : SLOWER;
      try {
        await this.link.execute(write("tx", frame(cmd)));
      } catch {
        return; // the device is gone: stop stepping, as the reference does on a failed write
      }
      this.current = this.target === 0 ? 0 : this.target > this.current ? this.current + 1 : this.current - 1;
    }
  }
}

/** The Fredorch Rotary protocol. */
export const fredorchRotary = defineProtocol({
  name: NAME,
  create: () => new FredorchRotary(),
});
