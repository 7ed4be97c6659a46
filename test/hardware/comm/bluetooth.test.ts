import { EventEmitter } from "node:events";
import {
  BluetoothManager,
  fromNobleUuid,
  toAdvertisement,
  type NobleCharacteristic,
  type NobleLike,
  type NoblePeripheral,
} from "../../../runtime/hardware/comm/bluetooth";
import type { ServerDevice } from "../../../runtime/server/device";
import { recordingLogger, testConfig, testProtocol, TEST_PROTOCOL } from "../test-protocol";

class FakeCharacteristic extends EventEmitter implements NobleCharacteristic {
  writes: { data: number[]; withoutResponse: boolean }[] = [];
  subscribed = false;
  constructor(readonly uuid: string) {
    super();
  }
  async writeAsync(data: Buffer, withoutResponse: boolean) {
    this.writes.push({ data: [...data], withoutResponse });
  }
  async readAsync() {
    return Buffer.from([7]);
  }
  async subscribeAsync() {
    this.subscribed = true;
  }
  async unsubscribeAsync() {
    this.subscribed = false;
  }
}

class FakePeripheral extends EventEmitter implements NoblePeripheral {
  connected = false;
  requested: { services: string[]; characteristics: string[] } | undefined;
  readonly tx = new FakeCharacteristic("0000fff100001000800000805f9b34fb");
  readonly rx = new FakeCharacteristic("0000fff200001000800000805f9b34fb");
  constructor(
    readonly id: string,
    readonly advertisement: NoblePeripheral["advertisement"],
    readonly address = "aa:bb:cc:dd:ee:ff",
  ) {
    super();
  }
  async connectAsync() {
    this.connected = true;
  }
  async disconnectAsync() {
    this.connected = false;
    this.emit("disconnect");
  }
  async discoverSomeServicesAndCharacteristicsAsync(services: string[], characteristics: string[]) {
    this.requested = { services, characteristics };
    const chars = [this.tx, this.rx];
    return { services: [{ uuid: "0000fff000001000800000805f9b34fb", characteristics: chars }], characteristics: chars };
  }
}

class FakeNoble extends EventEmitter implements NobleLike {
  state = "poweredOn";
  scanning = false;
  async startScanningAsync() {
    this.scanning = true;
  }
  async stopScanningAsync() {
    this.scanning = false;
  }
}

function manager(noble: (() => NobleLike) | NobleLike, adapterTimeoutMs = 50) {
  const { log, lines } = recordingLogger();
  const ble = new BluetoothManager({
    config: testConfig(),
    getProtocol: (name) => (name === TEST_PROTOCOL ? testProtocol : undefined),
    log,
    noble,
    adapterTimeoutMs,
  });
  return { ble, lines };
}

describe("BLE manager", () => {
  test("noble that cannot load: one clear warning, no crash, scanning finishes", async () => {
    let loads = 0;
    const { ble, lines } = manager(() => {
      loads++;
      throw Object.assign(new Error("EAFNOSUPPORT, Address family not supported by protocol"), {
        code: "EAFNOSUPPORT",
      });
    });
    const finished = new Promise<void>((resolve) => ble.on("scanningFinished", resolve));
    await expect(ble.startScanning()).resolves.toBeUndefined();
    await finished;
    await ble.startScanning();
    await ble.stopScanning();
    await ble.shutdown();
    const warnings = lines.filter((l) => l.level === "warn");
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.message).toMatch(/Bluetooth LE unavailable: cannot load @abandonware\/noble \(EAFNOSUPPORT/);
    expect(loads).toBe(1);
    expect(ble.isUnavailable).toBe(true);
  });

  test("the real noble on this machine does not crash startScanning", async () => {
    const { log, lines } = recordingLogger();
    const ble = new BluetoothManager({ config: testConfig(), getProtocol: () => undefined, log, adapterTimeoutMs: 50 });
    await expect(ble.startScanning()).resolves.toBeUndefined();
    await ble.shutdown();
    // Here requiring noble throws EAFNOSUPPORT; elsewhere there may be no adapter: one warning either way.
    expect(lines.filter((l) => l.level === "warn")).toHaveLength(1);
  });

  test("an adapter without permission: one warning naming the cause", async () => {
    const noble = new FakeNoble();
    noble.state = "unknown";
    const { ble, lines } = manager(noble);
    const started = ble.startScanning();
    noble.emit("stateChange", "unauthorized");
    await started;
    expect(noble.scanning).toBe(false);
    expect(lines.filter((l) => l.level === "warn").map((l) => l.message)).toEqual([
      "Bluetooth LE unavailable: no permission to use the Bluetooth adapter; continuing without BLE devices",
    ]);
  });

  test("fake noble: an advertised device is matched, connected, discovered and written to", async () => {
    const noble = new FakeNoble();
    const { ble } = manager(noble);
    const found = new Promise<ServerDevice>((resolve) => ble.on("device", resolve));
    await ble.startScanning();
    expect(noble.scanning).toBe(true);
    const peripheral = new FakePeripheral("p1", { localName: "TestBle", serviceUuids: [] });
    noble.emit("discover", new FakePeripheral("other", { localName: "Something else" }));
    noble.emit("discover", peripheral);
    noble.emit("discover", peripheral);
    const device = await found;
    expect(peripheral.connected).toBe(true);
    expect(peripheral.requested).toEqual({
      services: ["0000fff000001000800000805f9b34fb"],
      characteristics: ["0000fff100001000800000805f9b34fb", "0000fff200001000800000805f9b34fb"],
    });
    // The test protocol's initialize subscribes to rx.
    expect(peripheral.rx.subscribed).toBe(true);
    expect(device.identifier).toBe(`${TEST_PROTOCOL}/aa:bb:cc:dd:ee:ff`);
    await device.output(0, { Vibrate: { Value: 4 } } as never);
    expect(peripheral.tx.writes).toEqual([{ data: [0xa0, 0, 4], withoutResponse: true }]);

    const readings: unknown[] = [];
    device.on("reading", (index, reading) => readings.push([index, reading]));
    await device.subscribe(2, "Battery" as never);
    peripheral.rx.emit("data", Buffer.from([0xb1, 66]), true);
    expect(readings).toEqual([[2, { Battery: { Value: 66 } }]]);

    let disconnected = 0;
    device.on("disconnected", () => disconnected++);
    peripheral.emit("disconnect");
    expect(disconnected).toBe(1);
    await ble.stopScanning();
    expect(noble.scanning).toBe(false);
  });

  test("the link carries the advertisement's manufacturer data, for protocols that identify by it", async () => {
    const noble = new FakeNoble();
    const { log } = recordingLogger();
    let seen: unknown;
    const identifying = {
      ...testProtocol,
      identify: async (link: { manufacturerData?: unknown }) => {
        seen = link.manufacturerData;
        return undefined;
      },
    };
    const ble = new BluetoothManager({ config: testConfig(), getProtocol: () => identifying, log, noble });
    const found = new Promise<ServerDevice>((resolve) => ble.on("device", resolve));
    await ble.startScanning();
    noble.emit(
      "discover",
      new FakePeripheral("p3", { localName: "TestBle", manufacturerData: Buffer.from([0x5d, 0x00, 0, 0, 39, 176]) }),
    );
    await found;
    expect(seen).toEqual([{ company: 93, data: [0, 0, 39, 176] }]);
    await ble.shutdown();
  });

  test("a device whose protocol bpkit lacks is logged once and skipped", async () => {
    const noble = new FakeNoble();
    const { log, lines } = recordingLogger();
    const ble = new BluetoothManager({ config: testConfig(), getProtocol: () => undefined, log, noble });
    await ble.startScanning();
    const peripheral = new FakePeripheral("p2", { localName: "TestBle" });
    noble.emit("discover", peripheral);
    noble.emit("discover", peripheral);
    await new Promise((r) => setImmediate(r));
    expect(peripheral.connected).toBe(false);
    expect(lines.filter((l) => l.message.includes("does not implement"))).toHaveLength(1);
  });
});

describe("noble advertisement conversion", () => {
  test("UUIDs get dashes; 16-bit ones expand on the Bluetooth base UUID; manufacturer data splits off the company", () => {
    const adv = toAdvertisement(
      new FakePeripheral("x", {
        localName: "LVS-Z36",
        serviceUuids: ["fff0", "5a300001002341bdbbd5a6920e4c5653"],
        manufacturerData: Buffer.from([0x59, 0x00, 1, 2]),
      }),
    );
    expect(adv).toEqual({
      name: "LVS-Z36",
      serviceUuids: ["0000fff0-0000-1000-8000-00805f9b34fb", "5a300001-0023-41bd-bbd5-a6920e4c5653"],
      manufacturerData: [{ company: 0x59, data: [1, 2] }],
    });
    expect(fromNobleUuid("6e400001b5a3f393e0a9e50e24dcca9e")).toBe("6e400001-b5a3-f393-e0a9-e50e24dcca9e");
  });
});
