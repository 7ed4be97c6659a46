/**
 * Lovense USB dongle, both variants: a simulated dongle with a Lush and a Nora in range, on a real
 * pty (serial variant, opened with `serialport`) and behind a fake node-hid (HID variant). The
 * toys come in as ordinary lovense devices an official v4 client drives; the bytes on the wire
 * are the dongle's JSON lines.
 */
import * as Buttplug5 from "buttplug";
import {
  hidDongleFinder,
  hidReports,
  LineSplitter,
  LovenseDongleManager,
  parseDongleLine,
  serialDongleFinder,
} from "../../../runtime/hardware/comm/lovense-dongle";
import { loadSerialBackend } from "../../../runtime/hardware/comm/serial";
import { createPtyPair, type PtyPair } from "../../../runtime/hardware/comm/serial/pty";
import { LUSH, NORA, SimulatedLovense } from "../../../runtime/hardware/comm/simulated/lovense";
import { SimulatedLovenseDongle } from "../../../runtime/hardware/comm/simulated/lovense-dongle";
import { serveOnSerialPort } from "../../../runtime/hardware/comm/simulated/serial";
import type { ButtplugServer } from "../../../runtime/server";
import { until } from "../../until";
import { FakeHidBackend, lineDeviceOnHid } from "./fake-hid";
import { expectStopWhenClientVanishes, firstDevice, scanWithoutLibrary, serveManager } from "./rig";

const nextDevice = (client: Buttplug5.ButtplugClient) =>
  new Promise<Buttplug5.ButtplugClientDevice>((resolve) => client.once("deviceadded", resolve));
const nextRemoval = (client: Buttplug5.ButtplugClient) =>
  new Promise<void>((resolve) => client.once("deviceremoved", () => resolve()));

describe("dongle wire format", () => {
  test("HID reports: report id 0, 63 text bytes, zero padded; long lines span reports", () => {
    const line = `${JSON.stringify({ type: "toy", func: "command", id: "0123456789ab", cmd: "Vibrate:10;" })}\r\n`;
    const reports = hidReports(line);
    expect(reports).toHaveLength(2);
    for (const r of reports) expect(r).toHaveLength(65);
    expect(reports.every((r) => r[0] === 0)).toBe(true);
    expect(Buffer.from(reports.flatMap((r) => r.slice(1)).filter((b) => b !== 0)).toString()).toBe(line);
  });

  test("input split across reads and padded with zeros becomes whole messages", () => {
    const splitter = new LineSplitter();
    expect(splitter.push(Buffer.from('{"type":"toy","func":"se'))).toEqual([]);
    const lines = splitter.push(Buffer.from('arch","result":205}\r\n\0\0\0{"type":"usb"'));
    expect(lines.map(parseDongleLine)).toEqual([{ type: "toy", func: "search", result: 205 }]);
    expect(parseDongleLine("not json")).toBeUndefined();
  });
});

describe("serial Lovense dongle on a pty", () => {
  let pty: PtyPair | undefined;
  let server: ButtplugServer | undefined;
  afterEach(async () => {
    await server?.shutdown();
    await pty?.close();
  });

  /** A simulated dongle with `toys` in range on a real pty, and a server whose dongle manager finds it; `wire` is every line it was sent. */
  async function serialDongle(toys: SimulatedLovense[]) {
    const backend = loadSerialBackend();
    pty = await createPtyPair();
    const dongle = new SimulatedLovenseDongle(toys);
    const wire: string[] = [];
    await serveOnSerialPort(
      {
        receive: (d: Uint8Array) => {
          wire.push(Buffer.from(d).toString());
          return dongle.receive(d);
        },
        onPush: (l: (d: Uint8Array) => void) => dongle.onPush(l),
      },
      pty.simulatorPort,
      backend,
    );
    const devicePort = pty.devicePort;
    ({ server } = serveManager(
      (context) =>
        new LovenseDongleManager({
          ...context,
          name: "lovense-dongle-serial",
          // A pty has no USB ids: list it as the dongle's CH340; open it for real.
          find: serialDongleFinder({
            list: async () => [{ path: devicePort, vendorId: "1a86", productId: "7523" }],
            open: backend.open,
          }),
          alreadyConnectedWaitMs: 20,
        }),
    ));
    return { dongle, wire, server };
  }

  test("brings a Lush and then a Nora in as ordinary lovense devices, with the dongle's JSON lines on the wire", async () => {
    const lush = new SimulatedLovense(LUSH, "LVS-S001", "DONGLE-LUSH");
    const nora = new SimulatedLovense(NORA, "LVS-A001", "DONGLE-NORA");
    const { dongle, wire, server } = await serialDongle([lush, nora]);
    const { client, device: first } = await firstDevice(server, "dongle");
    expect(first.name).toBe("Lovense Lush");
    expect(wire.slice(0, 2)).toEqual(['{"type":"toy","func":"statuss"}\r\n', '{"type":"toy","func":"search"}\r\n']);
    await first.runOutput(Buttplug5.DeviceOutput.Vibrate.percent(0.5));
    await until(() => lush.state.vibrate === 10);
    expect(wire).toContain(
      `{"type":"toy","func":"command","id":"${SimulatedLovenseDongle.toyId(lush)}","cmd":"Vibrate:10;"}\r\n`,
    );

    // The Lush is switched off: the dongle reports it gone, the client is told.
    const removed = nextRemoval(client);
    dongle.switchOff(lush);
    await removed;
    expect(client.devices.size).toBe(0);

    const added = nextDevice(client);
    await client.startScanning();
    const second = await added;
    expect(second.name).toBe("Lovense Nora");
    await second.runOutput(Buttplug5.DeviceOutput.Vibrate.percent(0.25));
    await second.runOutput(Buttplug5.DeviceOutput.Rotate.value(10));
    await until(() => nora.state.vibrate === 5 && nora.state.rotate === 10);

    // Safety: the session's end stops the toy behind the dongle.
    await client.disconnect();
    await until(() => nora.state.vibrate === 0 && nora.state.rotate === 0);
  });

  test("a client that vanishes without a goodbye: the Lush behind the dongle gets its stop on the serial port", async () => {
    const lush = new SimulatedLovense(LUSH, "LVS-S001", "DROP-LUSH");
    const { wire, server } = await serialDongle([lush]);
    await expectStopWhenClientVanishes(server, 10, {
      running: () => lush.state.vibrate === 10,
      stopped: () => lush.state.vibrate === 0,
    });
    const toy = SimulatedLovenseDongle.toyId(lush);
    expect(wire.at(-1)).toBe(`{"type":"toy","func":"command","id":"${toy}","cmd":"Vibrate:0;"}\r\n`);
  });
});

describe("HID Lovense dongle behind a fake node-hid", () => {
  /** A server whose HID dongle manager finds its dongle through `find`. */
  const serveHidDongle = (find: ReturnType<typeof hidDongleFinder>) =>
    serveManager(
      (context) =>
        new LovenseDongleManager({ ...context, name: "lovense-dongle-hid", find, alreadyConnectedWaitMs: 20 }),
    );

  test("a Nora the dongle was already connected to comes in; unplugging the dongle removes it", async () => {
    const nora = new SimulatedLovense(NORA, "LVS-A001", "HID-NORA");
    const dongle = new SimulatedLovenseDongle([nora]);
    dongle.pairAlready(nora);
    const hid = new FakeHidBackend([
      { info: { vendorId: 0x046d, productId: 0xc52b, path: "fake-hid-mouse" }, handle: () => [] },
      lineDeviceOnHid({ vendorId: 0x1915, productId: 0x520a, path: "fake-hid-dongle" }, dongle),
    ]);
    const { server } = serveHidDongle(hidDongleFinder(hid));
    const { client, device } = await firstDevice(server, "hid dongle");
    expect(device.name).toBe("Lovense Nora");
    // Already holding its one toy: the dongle was not asked to search.
    expect(dongle.received.map((m) => m.func)).not.toContain("search");
    expect(hid.handles).toHaveLength(1);
    expect(hid.handles[0]!.written.every((r) => r.length === 65 && r[0] === 0)).toBe(true);

    await device.runOutput(Buttplug5.DeviceOutput.Vibrate.percent(1));
    await until(() => nora.state.vibrate === 20);
    const removed = nextRemoval(client);
    hid.handles[0]!.unplug();
    await removed;
    await client.disconnect();
    await server.shutdown();
  });

  test("a client that vanishes without a goodbye: the Nora behind the HID dongle stops", async () => {
    const nora = new SimulatedLovense(NORA, "LVS-A001", "HID-DROP-NORA");
    const dongle = new SimulatedLovenseDongle([nora]);
    dongle.pairAlready(nora);
    const hid = new FakeHidBackend([
      lineDeviceOnHid({ vendorId: 0x1915, productId: 0x520a, path: "fake-hid-dongle" }, dongle),
    ]);
    const { server } = serveHidDongle(hidDongleFinder(hid));
    await expectStopWhenClientVanishes(server, 20, {
      running: () => nora.state.vibrate === 20,
      stopped: () => nora.state.vibrate === 0,
    });
  });

  test("node-hid that cannot load: one warning, scanning finishes, nothing throws", async () => {
    const { lines } = await scanWithoutLibrary(
      (context, load) =>
        new LovenseDongleManager({ ...context, name: "lovense-dongle-hid", find: hidDongleFinder(load) }),
      "libusb-1.0.so.0: cannot open shared object file",
    );
    expect(lines.map((l) => l.message)).toEqual([
      "Lovense dongle unavailable: libusb-1.0.so.0: cannot open shared object file; continuing without it",
    ]);
  });
});
