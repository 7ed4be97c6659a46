/**
 * The slice of the `serialport` package bpkit uses, behind a small interface so comm managers and
 * tests can swap the enumeration (a pty is never enumerated by the OS) while still opening real
 * ttys. `serialport` is an optional dependency with a native binding: it is loaded lazily, on the
 * first scan, and a manager that cannot load it warns once and runs on without serial devices.
 */
import { existsSync, readdirSync, readFileSync, realpathSync } from "node:fs";
import { delimiter, dirname, join } from "node:path";
import { TypedEventEmitter } from "../../../events";

/** A port the system (or a test) lists. Ids are 4 lowercase hex digits, as serialport reports them. */
export interface SerialPortInfo {
  path: string;
  vendorId?: string;
  productId?: string;
}

/** Line settings, in the device config's terms (`serial` specifier). */
export interface SerialSettings {
  baudRate: number;
  dataBits: number;
  /** The config's letter: N(one), E(ven), O(dd), M(ark), S(pace). */
  parity: string;
  stopBits: number;
}

/** The device config's usual line settings (8N1). */
export const SERIAL_8N1 = { dataBits: 8, parity: "N", stopBits: 1 } as const;

/** An open port. */
export interface SerialConnection {
  readonly path: string;
  write(data: Uint8Array): Promise<void>;
  close(): Promise<void>;
  /** Bytes as they arrive (any chunking). */
  onData(listener: (data: Uint8Array) => void): void;
  /** Once: the port closed, by close() or because the device went away (`error` says why). */
  onClose(listener: (error?: Error) => void): void;
}

/** What comm managers need from a serial library. */
export interface SerialBackend {
  list(): Promise<SerialPortInfo[]>;
  open(path: string, settings: SerialSettings): Promise<SerialConnection>;
}

const PARITY: Record<string, "none" | "even" | "odd" | "mark" | "space"> = {
  N: "none",
  E: "even",
  O: "odd",
  M: "mark",
  S: "space",
};

/** serialport's spelling of a config parity letter; throws for an unknown letter. */
export function parityName(letter: string): "none" | "even" | "odd" | "mark" | "space" {
  const name = PARITY[letter.toUpperCase()];
  if (!name) throw new Error(`unknown serial parity "${letter}" (expected one of N, E, O, M, S)`);
  return name;
}

/** The parts of serialport's SerialPort class used here. */
interface SerialPortStream {
  open(callback: (error: Error | null) => void): void;
  write(data: Buffer, callback: (error: Error | null | undefined) => void): boolean;
  drain(callback: (error: Error | null) => void): void;
  close(callback: (error: Error | null) => void): void;
  readonly isOpen: boolean;
  on(event: "data", listener: (data: Buffer) => void): unknown;
  on(event: "close", listener: (error?: Error & { disconnected?: boolean }) => void): unknown;
  on(event: "error", listener: (error: Error) => void): unknown;
}

interface SerialPortModule {
  SerialPort: {
    new (options: {
      path: string;
      baudRate: number;
      dataBits: number;
      parity: string;
      stopBits: number;
      autoOpen: false;
    }): SerialPortStream;
    list(): Promise<SerialPortInfo[]>;
  };
}

/** Wrap a serialport stream as a SerialConnection (opens it). */
async function openStream(module: SerialPortModule, path: string, settings: SerialSettings): Promise<SerialConnection> {
  const port = new module.SerialPort({
    path,
    baudRate: settings.baudRate,
    dataBits: settings.dataBits,
    parity: parityName(settings.parity),
    stopBits: settings.stopBits,
    autoOpen: false,
  });
  await new Promise<void>((resolve, reject) => port.open((error) => (error ? reject(error) : resolve())));
  const events = new TypedEventEmitter<{ close: (error?: Error) => void }>();
  let closed = false;
  let lastError: Error | undefined;
  // Without an error listener a failed write would be an uncaught 'error' event.
  port.on("error", (error) => (lastError = error));
  port.on("close", (error) => {
    if (closed) return;
    closed = true;
    events.emit("close", error ?? lastError);
  });
  return {
    path,
    write: (data) =>
      new Promise<void>((resolve, reject) => {
        if (!port.isOpen) return reject(new Error(`${path} is closed`));
        port.write(Buffer.from(data), (error) => {
          if (error) return reject(error);
          port.drain((drainError) => (drainError ? reject(drainError) : resolve()));
        });
      }),
    close: () =>
      new Promise<void>((resolve) => {
        if (!port.isOpen) return resolve();
        port.close(() => resolve());
      }),
    onData: (listener) => port.on("data", (data) => listener(new Uint8Array(data))),
    onClose: (listener) => {
      events.on("close", listener);
    },
  };
}

/** Whether a program is on PATH. */
export function onPath(program: string): boolean {
  return (process.env.PATH ?? "").split(delimiter).some((dir) => dir && existsSync(join(dir, program)));
}

/**
 * Linux without udevadm (containers): serialport's own listing would crash the process (it spawns
 * udevadm without an error handler), so list the ttys sysfs backs by a device, with USB ids where
 * a parent has them.
 */
export function listLinuxSysfs(root = "/sys/class/tty"): SerialPortInfo[] {
  if (!existsSync(root)) return [];
  const ports: SerialPortInfo[] = [];
  for (const name of readdirSync(root)) {
    const device = join(root, name, "device");
    if (!existsSync(device)) continue;
    const info: SerialPortInfo = { path: `/dev/${name}` };
    let dir = realpathSync(device);
    for (let up = 0; up < 4 && dir !== "/"; up++, dir = dirname(dir)) {
      const vendor = join(dir, "idVendor");
      if (existsSync(vendor)) {
        info.vendorId = readFileSync(vendor, "utf8").trim().toLowerCase();
        info.productId = readFileSync(join(dir, "idProduct"), "utf8").trim().toLowerCase();
        break;
      }
    }
    ports.push(info);
  }
  return ports.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * Load serialport (lazily: the native binding is touched only when serial is used). Throws with
 * serialport's own reason when it cannot load.
 */
export function loadSerialBackend(): SerialBackend {
  const module = require("serialport") as SerialPortModule;
  return {
    list: async () => {
      if (process.platform === "linux" && !onPath("udevadm")) return listLinuxSysfs();
      return (await module.SerialPort.list()).map((p) => ({
        path: p.path,
        ...(p.vendorId ? { vendorId: p.vendorId.toLowerCase() } : {}),
        ...(p.productId ? { productId: p.productId.toLowerCase() } : {}),
      }));
    },
    open: (path, settings) => openStream(module, path, settings),
  };
}
