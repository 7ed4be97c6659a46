/**
 * Just enough of a browser for the reference server compiled to WebAssembly (npm `buttplug-wasm`)
 * to run in Node: a `window` that is an instance of `Window`, Web Crypto, and a WebBluetooth
 * `navigator.bluetooth` whose requestDevice hands out fake BLE devices once each. Every GATT write
 * is recorded, so a test sees the exact bytes the reference server sends a device.
 */

/** One GATT write the reference server made. */
export interface GattWrite {
  service: string;
  characteristic: string;
  bytes: number[];
}

/** A fake BLE peripheral: a name (what the reference identifies it by) and recorded writes. */
export interface FakePeripheral {
  name: string;
  writes: GattWrite[];
  /** Value answered to GATT reads (e.g. the battery level characteristic). */
  readValue: number[];
}

function bytesOf(buffer: ArrayBuffer | ArrayBufferView): number[] {
  if (ArrayBuffer.isView(buffer)) return [...new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)];
  return [...new Uint8Array(buffer)];
}

function gattDevice(peripheral: FakePeripheral, id: string): unknown {
  const characteristic = (service: string, uuid: string) => ({
    uuid,
    service: { uuid: service },
    writeValue: async (data: ArrayBuffer | ArrayBufferView) => {
      peripheral.writes.push({ service, characteristic: uuid, bytes: bytesOf(data) });
    },
    readValue: async () => new DataView(new Uint8Array(peripheral.readValue).buffer),
    startNotifications: async function (this: unknown) {
      return this;
    },
    stopNotifications: async function (this: unknown) {
      return this;
    },
    addEventListener: () => {},
    oncharacteristicvaluechanged: null,
  });
  const server = {
    connected: true,
    getPrimaryService: async (uuid: string) => ({
      uuid,
      getCharacteristic: async (c: string) => characteristic(uuid, c),
    }),
    disconnect: () => {},
  };
  const device = {
    id,
    name: peripheral.name,
    gatt: { connected: true, connect: async () => server },
    ongattserverdisconnected: null,
    addEventListener: () => {},
  };
  return device;
}

/**
 * Install the browser globals. `peripherals` are handed out by successive requestDevice calls
 * (one per StartScanning); afterwards requestDevice stays pending, as a browser's chooser would.
 */
export function installFakeBrowser(peripherals: FakePeripheral[]): void {
  const queue = [...peripherals];
  class Window {}
  const win = new Window() as Record<string, unknown>;
  win.window = win;
  win.crypto = globalThis.crypto;
  let n = 0;
  win.navigator = {
    bluetooth: {
      requestDevice: async () => {
        const next = queue.shift();
        if (!next) return new Promise(() => {});
        return gattDevice(next, `fake-${n++}`);
      },
    },
  };
  Object.assign(globalThis, { Window, window: win });
}
