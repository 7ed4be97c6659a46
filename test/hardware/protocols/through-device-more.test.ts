/**
 * Protocols of the thehandy / kiiroo / kgoal / galaku / fredorch / vibcrafter batch through the
 * real pipeline: identification, definition from the device config, initialization, then v4
 * commands, input reads and subscriptions on a HardwareDevice.
 */
import type { v4 } from "../../../generated";
import { loadDeviceConfig } from "../../../runtime/hardware/config";
import { BaseLink } from "../../../runtime/hardware/comm/link";
import { createHardwareDevice } from "../../../runtime/hardware/comm/identify";
import type { HardwareCommand } from "../../../runtime/hardware/protocol";
import { getProtocol } from "../../../runtime/hardware/protocols";
import { vibcrafterDecrypt, vibcrafterEncrypt } from "../../../runtime/hardware/protocols/vibcrafter";
import { silentLogger } from "../../../runtime/log";
import { show, w } from "./support";

/** The reference test device's DeviceMessageTimingGap: one message's writes are batched. */
const REFERENCE_TEST_GAP_MS = 1;
const context = () => ({ config: loadDeviceConfig({}), getProtocol, log: silentLogger });

/** A link with the endpoints a test names; answers commands through `respond`, serves reads from `reads`. */
class Link extends BaseLink {
  readonly commands: HardwareCommand[] = [];
  respond?: (command: HardwareCommand) => { endpoint: string; data: number[] } | undefined;
  reads: Record<string, number[][]> = {};

  constructor(name: string, endpoints: string[]) {
    super(name, "AA:BB:CC:DD:EE:FF", new Set(endpoints));
  }

  protected async send(command: HardwareCommand): Promise<Uint8Array> {
    this.commands.push(command);
    const answer = this.respond?.(command);
    if (answer) setImmediate(() => this.notify(answer.endpoint, Uint8Array.from(answer.data)));
    if (command.kind === "read") return Uint8Array.from(this.reads[command.endpoint]?.shift() ?? []);
    return new Uint8Array();
  }

  protected async close(): Promise<void> {}

  deviceSends(endpoint: string, data: number[]): void {
    this.notify(endpoint, Uint8Array.from(data));
  }
}

describe("batch protocols through HardwareDevice", () => {
  it("KGoal Boost: pressure subscriptions deliver changed readings per feature; battery read", async () => {
    const link = new Link("Boost", ["rxpressure", "rxblebattery"]);
    link.reads.rxblebattery = [[55]];
    const device = (await createHardwareDevice(link, "kgoal-boost", context(), REFERENCE_TEST_GAP_MS))!;
    expect(device.name).toBe("KGoal Boost");
    const readings: [number, v4.InputReadingValue][] = [];
    device.on("reading", (featureIndex: number, reading: v4.InputReadingValue) =>
      readings.push([featureIndex, reading]),
    );
    await device.subscribe(0, "Pressure");
    link.deviceSends("rxpressure", [0, 1, 4, 0x00, 0x10, 0x01, 0x00]);
    await device.subscribe(1, "Pressure");
    link.deviceSends("rxpressure", [0, 1, 4, 0x00, 0x10, 0x02, 0x00]);
    await device.unsubscribe(0, "Pressure");
    link.deviceSends("rxpressure", [0, 1, 4, 0x00, 0x20, 0x02, 0x00]);
    await device.unsubscribe(1, "Pressure");
    await expect(device.read(2, "Battery")).resolves.toEqual({ Battery: { Value: 55 } });
    expect(readings).toEqual([
      [0, { Pressure: { Value: 0x10 } }],
      [1, { Pressure: { Value: 0x200 } }],
    ]);
    expect(link.commands.map(show)).toEqual(["subscribe rxpressure", "unsubscribe rxpressure", "read rxblebattery 1"]);
  });

  it("The Oh! (thehandy-v3): identified from its name, init requests answered, vibrate and stop", async () => {
    const link = new Link("OHD_hw1_0042", ["tx", "rx"]);
    link.respond = (c) => (c.kind === "write" && !c.withResponse ? { endpoint: "rx", data: [0x08, 0x03] } : undefined);
    const device = (await createHardwareDevice(link, "thehandy-v3", context(), REFERENCE_TEST_GAP_MS))!;
    expect(device.name).toBe("The Oh!");
    await device.output(0, { Vibrate: { Value: 50 } });
    await device.stop();
    expect(link.commands.map(show)).toEqual([
      "subscribe rx",
      w("tx", "08 01 12 05 10 01 b2 2c 00"),
      w("tx", "08 01 12 05 10 02 ca 2c 00"),
      w("tx", "08 01 12 0a a2 38 07 0d 00 00 00 3f 10 64", true),
      w("tx", "08 01 12 05 10 01 aa 38 00", true),
    ]);
  });

  it("Lovehoney Desire Prostate Vibe: per-motor packets, then one all-motors packet on stop", async () => {
    const link = new Link("PROSTATE VIBE", ["tx"]);
    const device = (await createHardwareDevice(link, "lovehoney-desire", context(), REFERENCE_TEST_GAP_MS))!;
    await device.output(0, { Vibrate: { Value: 64 } });
    await device.output(1, { Vibrate: { Value: 13 } });
    await device.stop();
    expect(link.commands.map(show)).toEqual([
      w("tx", "f3 01 40", true),
      w("tx", "f3 02 00", true),
      w("tx", "f3 01 40", true),
      w("tx", "f3 02 0d", true),
      w("tx", "f3 00 00", true),
    ]);
  });

  it("VibCrafter: answers the challenge during init, then encrypted MtInt commands", async () => {
    const link = new Link("Nidalee", ["tx", "rx"]);
    link.respond = (c) => {
      if (c.kind !== "write") return undefined;
      const text = vibcrafterDecrypt(c.data);
      if (text.startsWith("Auth:") && text.length === 12)
        return { endpoint: "rx", data: vibcrafterEncrypt("a1B2:XyZ123;") };
      if (text === "Auth:f310;") return { endpoint: "rx", data: vibcrafterEncrypt("OK;") };
      return undefined;
    };
    const device = (await createHardwareDevice(link, "vibcrafter", context(), REFERENCE_TEST_GAP_MS))!;
    expect(device.name).toBe("VibCrafter Nidalee");
    await device.output(1, { Vibrate: { Value: 7 } });
    await device.stop();
    const texts = link.commands.flatMap((c) => (c.kind === "write" ? [vibcrafterDecrypt(c.data)] : [c.kind]));
    expect(texts.slice(2)).toEqual(["Auth:f310;", "MtInt:0007;", "MtInt:0007;", "MtInt:0000;"]);
  });
});
