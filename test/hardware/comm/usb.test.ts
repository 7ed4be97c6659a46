/**
 * Raw USB through a fake USB layer behind the `usb` package's interface: a Rez TranceVibrator
 * (config `usb` 0b49:064f) is found, driven by an official v4 client with the vendor control
 * transfers of buttplug PR #505 (request 1, value = speed), stopped when its client's session ends
 * or its client vanishes, and removed when unplugged.
 */
import * as Buttplug5 from "buttplug";
import { loadUsbBackend, UsbManager } from "../../../runtime/hardware/comm/usb";
import { ButtplugJsConnector } from "../../../runtime/transport";
import { until } from "../../until";
import { FakeUsbBackend, FakeUsbDevice } from "./fake-usb";
import { expectStopWhenClientVanishes, firstDevice, scanWithoutLibrary, serveManager } from "./rig";

const REZ_VENDOR = 0x0b49;
const REZ_PRODUCT = 0x064f;

function rig() {
  const rez = new FakeUsbDevice(REZ_VENDOR, REZ_PRODUCT, "1-2", 7, "TranceVibrator");
  const other = new FakeUsbDevice(0x046d, 0xc52b, "1-3", 8, "Mouse");
  const usb = new FakeUsbBackend([other, rez]);
  const { manager, server, lines } = serveManager(
    (context) => new UsbManager({ ...context, backend: usb, rescanMs: 60_000 }),
  );
  return { rez, other, usb, manager, server, lines };
}

describe("USB manager with a fake usb layer", () => {
  test("a Rez TranceVibrator is found by its vendor/product id, driven by an official v4 client, stopped on disconnect, removed when unplugged", async () => {
    const { rez, other, manager, server } = rig();
    const { client, device } = await firstDevice(server, "usb");
    expect(device.name).toBe("Rez TranceVibrator");
    expect(other.opened).toBe(false);
    expect(rez.opened).toBe(true);

    await device.runOutput(Buttplug5.DeviceOutput.Vibrate.percent(0.5));
    // Half of 0–255, rounded up as the server rounds: 128, as a vendor control transfer to the interface.
    await until(() => rez.values.includes(128));
    expect(rez.transfers.at(-1)).toEqual({
      requestType: "vendor",
      recipient: "interface",
      request: 1,
      value: 128,
      index: 0,
    });

    await client.disconnect();
    await until(() => rez.values.at(-1) === 0);

    // Unplugged while nobody scans: the next transfer fails, and the device is found gone.
    const client2 = new Buttplug5.ButtplugClient("usb 2");
    await client2.connect(new ButtplugJsConnector(server));
    await until(() => client2.devices.size === 1);
    let removed = new Promise<void>((resolve) => client2.once("deviceremoved", () => resolve()));
    rez.plugged = false;
    await expect(
      [...client2.devices.values()][0]!.runOutput(Buttplug5.DeviceOutput.Vibrate.percent(1)),
    ).rejects.toThrow(/Rez TranceVibrator: device disconnected/);
    await removed;

    // Plugged in again and found by a scan; unplugged while scanning: the next look removes it.
    rez.plugged = true;
    const again = new Promise<void>((resolve) => client2.once("deviceadded", () => resolve()));
    await client2.startScanning();
    await again;
    removed = new Promise<void>((resolve) => client2.once("deviceremoved", () => resolve()));
    rez.plugged = false;
    await manager.scan();
    await removed;
    await client2.disconnect();
    await server.shutdown();
  });

  test("a client that vanishes without a goodbye: the TranceVibrator gets its stop transfer", async () => {
    const { rez, server } = rig();
    await expectStopWhenClientVanishes(server, 200, {
      running: () => rez.values.includes(200),
      stopped: () => rez.values.at(-1) === 0,
    });
  });

  test("usb that cannot load: one warning, scanning finishes, nothing throws", async () => {
    const { lines } = await scanWithoutLibrary(
      (context, backend) => new UsbManager({ ...context, backend }),
      "Cannot find module '@node-usb/usb-test-platform'",
    );
    expect(lines.map((l) => l.message)).toEqual([
      "raw USB unavailable: cannot load usb (Cannot find module '@node-usb/usb-test-platform'); continuing without raw USB devices",
    ]);
  });

  test("the usb package loads here from its prebuilt binding (npm ran no install script)", () => {
    expect(() => loadUsbBackend()).not.toThrow();
  });
});
