/**
 * The protocols through the real pipeline: identification, definition from the device config,
 * initialization, then v4 commands on a HardwareDevice — the bytes a device sees end to end,
 * as in the reference server's Lovense / WeVibe device test cases.
 */
import { loadDeviceConfig } from "../../../runtime/hardware/config";
import { createHardwareDevice } from "../../../runtime/hardware/comm/identify";
import { getProtocol } from "../../../runtime/hardware/protocols";
import { silentLogger } from "../../../runtime/log";
import { FakeLink as DeviceFakeLink } from "../fake-link";
import { bytes, show, w } from "./support";

/** The reference test device's DeviceMessageTimingGap: one message's writes are batched. */
const REFERENCE_TEST_GAP_MS = 1;
const context = () => ({ config: loadDeviceConfig({}), getProtocol, log: silentLogger });

describe("protocols through HardwareDevice", () => {
  it("Lovense Edge: DeviceType identification, numbered vibrators, battery, stop", async () => {
    const link = new DeviceFakeLink("LVS-DoesntMatter");
    link.respond = (c) => {
      if (c.kind !== "write") return undefined;
      const text = String.fromCharCode(...c.data);
      if (text === "DeviceType;") return { endpoint: "rx", data: bytes("P:02:0082059AD3BD;") };
      if (text === "Battery;") return { endpoint: "rx", data: bytes("85;") };
      return undefined;
    };
    const device = await createHardwareDevice(link, "lovense", context(), REFERENCE_TEST_GAP_MS);
    expect(device?.name).toBe("Lovense Edge");
    await device!.output(0, { Vibrate: { Value: 5 } });
    await device!.output(1, { Vibrate: { Value: 15 } });
    await expect(device!.read(2, "Battery")).resolves.toEqual({ Battery: { Value: 85 } });
    await device!.stop();
    expect(link.commands.map(show)).toEqual([
      "subscribe rx",
      w("tx", "'DeviceType;'"),
      w("tx", "'Vibrate1:5;'"),
      w("tx", "'Vibrate2:15;'"),
      w("tx", "'Battery;'"),
      w("tx", "'Vibrate1:0;'"),
      w("tx", "'Vibrate2:0;'"),
    ]);
  });

  it("Lovense Flexer (firmware 3): one Mply command per change and one on stop", async () => {
    const link = new DeviceFakeLink("LVS-DoesntMatter");
    link.respond = (c) =>
      c.kind === "write" && String.fromCharCode(...c.data) === "DeviceType;"
        ? { endpoint: "rx", data: bytes("EI:03:0082059AD3BD;") }
        : undefined;
    const device = await createHardwareDevice(link, "lovense", context(), REFERENCE_TEST_GAP_MS);
    expect(device?.name).toBe("Lovense Flexer");
    await device!.output(0, { Vibrate: { Value: 10 } });
    await device!.output(2, { Rotate: { Value: 5 } });
    await device!.stop();
    expect(link.commands.slice(2).map(show)).toEqual([
      w("tx", "'Mply:10:0:0;'"),
      w("tx", "'Mply:10:0:5;'"),
      w("tx", "'Mply:0:0:0;'"),
    ]);
  });

  it("WeVibe 4 Plus: init handshake, combined packet, single off packet on stop", async () => {
    const link = new DeviceFakeLink("4plus");
    const device = await createHardwareDevice(link, "wevibe", context(), REFERENCE_TEST_GAP_MS);
    expect(device?.name).toBe("WeVibe 4 Plus");
    await device!.output(0, { Vibrate: { Value: 8 } });
    await device!.output(1, { Vibrate: { Value: 4 } });
    await device!.stop();
    expect(link.commands.map(show)).toEqual([
      w("tx", "0f 03 00 99 00 03 00 00", true),
      w("tx", "0f 00 00 00 00 00 00 00", true),
      w("tx", "0f 03 00 80 00 03 00 00", true),
      w("tx", "0f 03 00 84 00 03 00 00", true),
      w("tx", "0f 00 00 00 00 00 00 00", true),
    ]);
  });

  it("Lovense Nora: a repeated counterclockwise rotation writes nothing, so the direction stays put (command cache)", async () => {
    const link = new DeviceFakeLink("LVS-DoesntMatter");
    link.respond = (c) =>
      c.kind === "write" && String.fromCharCode(...c.data) === "DeviceType;"
        ? { endpoint: "rx", data: bytes("A:11:0082059AD3BD;") }
        : undefined;
    const device = (await createHardwareDevice(link, "lovense", context(), REFERENCE_TEST_GAP_MS))!;
    expect(device.name).toBe("Lovense Nora");
    const rotator = [...device.features.values()].find((f) => f.Output && "Rotate" in f.Output)!.FeatureIndex;
    for (let frame = 0; frame < 3; frame++) await device.output(rotator, { Rotate: { Value: -10 } });
    expect(link.commands.slice(2).map(show)).toEqual([w("tx", "'RotateChange;'"), w("tx", "'Rotate:10;'")]);
  });

  it("WeVibe 4 Plus: a two-motor command (one message, both motors) writes one packet", async () => {
    const link = new DeviceFakeLink("4plus");
    const device = (await createHardwareDevice(link, "wevibe", context(), REFERENCE_TEST_GAP_MS))!;
    link.commands.length = 0;
    // What a ScalarCmd with two subcommands becomes: two outputs in the same turn.
    await Promise.all([device.output(0, { Vibrate: { Value: 8 } }), device.output(1, { Vibrate: { Value: 4 } })]);
    expect(link.commands.map(show)).toEqual([w("tx", "0f 03 00 84 00 03 00 00", true)]);
  });
});
