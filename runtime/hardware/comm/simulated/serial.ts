/**
 * A simulated device behind a serial port: it opens the port (one end of a pty pair, see
 * comm/serial/pty.ts) and answers the bytes it receives as the real device would over USB serial.
 * Serial is a byte stream, so commands are handed to the device one line at a time.
 */
import type { SerialBackend, SerialConnection } from "../serial/port";
import type { SimulatedDevice } from "./device";

/** Anything that answers the lines written to a serial port (a simulated device, a simulated dongle). */
export interface LineDevice {
  receive(data: Uint8Array): Uint8Array[];
  /** Bytes the device sends on its own (a dongle reporting a toy gone). */
  onPush?(listener: (data: Uint8Array) => void): void;
}

/** A simulated device attached to a serial port. */
export interface SimulatedSerialConnection<D extends LineDevice = SimulatedDevice> {
  readonly device: D;
  readonly port: string;
  /** Resolves when the port closes. */
  readonly closed: Promise<void>;
  close(): Promise<void>;
}

/** Open `port` at `baudRate` and let `device` answer every complete line written to it. */
export async function serveOnSerialPort<D extends LineDevice>(
  device: D,
  port: string,
  backend: SerialBackend,
  baudRate = 115200,
): Promise<SimulatedSerialConnection<D>> {
  const connection: SerialConnection = await backend.open(port, { baudRate, dataBits: 8, parity: "N", stopBits: 1 });
  const closed = new Promise<void>((done) => connection.onClose(() => done()));
  let pending = Buffer.alloc(0);
  connection.onData((data) => {
    pending = Buffer.concat([pending, data]);
    for (let end = pending.indexOf(0x0a); end >= 0; end = pending.indexOf(0x0a)) {
      const line = pending.subarray(0, end + 1);
      pending = pending.subarray(end + 1);
      for (const reply of device.receive(new Uint8Array(line))) void connection.write(reply).catch(() => undefined);
    }
  });
  device.onPush?.((data) => void connection.write(data).catch(() => undefined));
  return {
    device,
    port,
    closed,
    close: async () => {
      await connection.close();
      await closed;
    },
  };
}
