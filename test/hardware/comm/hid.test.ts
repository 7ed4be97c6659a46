/**
 * HID devices through a fake HID layer behind node-hid's interface: a Joy-Con (config `hid`
 * vendor/product ids) is found, initialised and rumbled with the reference's report bytes, stopped
 * when the client's session ends, and removed when unplugged.
 */
import * as Buttplug5 from "buttplug";
import { HidManager } from "../../../runtime/hardware/comm/hid";
import { rumbleBytes } from "../../../runtime/hardware/protocols/nintendo-joycon";
import { ButtplugJsConnector } from "../../../runtime/transport";
import { until } from "../../until";
import { FakeHidBackend } from "./fake-hid";
import { expectStopWhenClientVanishes, firstDevice, scanWithoutLibrary, serveManager } from "./rig";

/** A HID manager over the fake node-hid `hid`; rescans are left to the test. */
const serveHid = (hid: FakeHidBackend) =>
  serveManager((context) => new HidManager({ ...context, backend: hid, rescanMs: 60_000 }));

describe("Joy-Con rumble encoding (reference Rumble → [u8; 4])", () => {
  test("200 Hz at amplitude 0.5, and the stop rumble", () => {
    // 200 Hz: round(log2(20)·32) = 138 → HF 168, LF 74; amplitude 0.5: round(log2(4.35)·32) = 68 → HF 136, LF 98.
    expect(rumbleBytes(200, 0.5)).toEqual([168, 136, 172, 98]);
    // Frequency and amplitude 0: the logarithms are -∞, which Rust's casts saturate to 0.
    expect(rumbleBytes(0, 0)).toEqual([0, 0, 65, 64]);
  });
});

describe("HID manager with a fake node-hid", () => {
  test("a Joy-Con is found by its vendor/product id, rumbled by an official v4 client, stopped on disconnect, removed when unplugged", async () => {
    const reports: number[][] = [];
    const hid = new FakeHidBackend([
      {
        info: { vendorId: 0x046d, productId: 0xc52b, path: "fake-mouse", serialNumber: "M-1", product: "Mouse" },
        handle: () => [],
      },
      {
        info: { vendorId: 1406, productId: 8198, path: "fake-joycon", serialNumber: "JC-1", product: "Joy-Con (L)" },
        handle: (r) => {
          reports.push(r);
          return [];
        },
      },
    ]);
    const { server } = serveHid(hid);
    const { client, device } = await firstDevice(server, "hid");
    expect(device.name).toBe("Nintendo Joycon");
    expect(hid.handles).toHaveLength(1);
    // Enable vibration: report 01, packet 0, sub-command 0x48 with 01, 64 bytes.
    const init = new Array<number>(64).fill(0);
    init[0] = 0x01;
    init[10] = 0x48;
    init[11] = 0x01;
    expect(reports[0]).toEqual(init);

    const rumble = (bytes: number[]) => {
      const r = new Array<number>(64).fill(0);
      r[0] = 0x10;
      r[1] = 1;
      r.splice(2, 4, ...bytes);
      r.splice(6, 4, ...bytes);
      return r;
    };
    await device.runOutput(Buttplug5.DeviceOutput.Vibrate.value(500));
    await until(() => reports.some((r) => JSON.stringify(r) === JSON.stringify(rumble([168, 136, 172, 98]))));

    await client.disconnect();
    const stopped = reports.length;
    await until(() => reports.slice(stopped).some((r) => JSON.stringify(r) === JSON.stringify(rumble([0, 0, 65, 64]))));

    const client2 = new Buttplug5.ButtplugClient("hid 2");
    await client2.connect(new ButtplugJsConnector(server));
    await until(() => client2.devices.size === 1);
    const removed = new Promise<void>((resolve) => client2.once("deviceremoved", () => resolve()));
    hid.handles[0]!.unplug();
    await removed;
    await client2.disconnect();
    await server.shutdown();
  });

  test("a client that vanishes without a goodbye: the Joy-Con gets the stop rumble", async () => {
    const reports: number[][] = [];
    const hid = new FakeHidBackend([
      {
        info: { vendorId: 1406, productId: 8198, path: "fake-joycon", serialNumber: "JC-2", product: "Joy-Con (L)" },
        handle: (r) => {
          reports.push(r);
          return [];
        },
      },
    ]);
    const { server } = serveHid(hid);
    // Rumble reports carry the same 4 bytes twice (left and right); 0x10 is the rumble-only report.
    const rumbles = () => reports.filter((r) => r[0] === 0x10).map((r) => r.slice(2, 6));
    await expectStopWhenClientVanishes(server, 500, {
      running: () => rumbles().some((b) => b.join() !== "0,0,65,64"),
      stopped: () => rumbles().at(-1)?.join() === "0,0,65,64",
    });
  });

  test("a device listed once per interface is opened once, and one without a path not at all, on every rescan", async () => {
    const joycon = (serialNumber: string, path?: string) => ({
      info: { vendorId: 1406, productId: 8198, path, serialNumber, product: "Joy-Con (L)" },
      handle: () => [],
    });
    const hid = new FakeHidBackend([joycon("JC-0"), joycon("JC-3", "interface-0"), joycon("JC-3", "interface-1")]);
    const { manager, server } = serveHid(hid);
    const { client } = await firstDevice(server, "hid");
    await manager.scan();
    expect(hid.handles).toHaveLength(1);
    expect(client.devices.size).toBe(1);
    await client.disconnect();
    await server.shutdown();
  });

  test("node-hid that cannot load: one warning, scanning finishes, nothing throws", async () => {
    const { lines } = await scanWithoutLibrary(
      (context, backend) => new HidManager({ ...context, backend }),
      "libusb-1.0.so.0: cannot open shared object file",
    );
    expect(lines.map((l) => l.message)).toEqual([
      "HID devices unavailable: cannot load node-hid (libusb-1.0.so.0: cannot open shared object file); continuing without HID devices",
    ]);
  });
});
