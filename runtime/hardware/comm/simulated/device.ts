/**
 * What a simulated device is: a virtual toy that speaks its real byte protocol. It turns the bytes
 * it receives into live state (vibration level, rotation, position, …) and answers queries the way
 * the hardware does. Transport-free; comm/simulated/client.ts carries it over the WSDM.
 */
import { TypedEventEmitter } from "../../../events";

/** One value of a simulated device's live state. */
export type StateValue = number | boolean | string;

/** A virtual device speaking its real protocol. */
export interface SimulatedDevice {
  /** Catalog name ("lush", "nora", …). */
  readonly kind: string;
  /** Device-config protocol key its bytes follow. */
  readonly protocol: string;
  /** Websocket handshake identifier (registered as a websocket name of `protocol`). */
  readonly identifier: string;
  /** Address announced in the handshake. */
  readonly address: string;
  /** Live state, by name. */
  readonly state: Readonly<Record<string, StateValue>>;
  /** Bytes from the server (one websocket frame); returns the frames the device answers with. */
  receive(data: Uint8Array): Uint8Array[];
  /** Live state as one line, e.g. "vibrate 10/20  battery 85%". */
  describe(now?: number): string;
  /** True while the state changes by itself (a stroker moving): displays should keep redrawing. */
  moving(now?: number): boolean;
  /** Every change of state. */
  onChange(listener: () => void): void;
}

/** State bookkeeping shared by the simulated devices. */
export abstract class SimulatedDeviceBase<S extends Record<string, StateValue>> implements SimulatedDevice {
  private readonly events = new TypedEventEmitter<{ change: () => void }>();
  /** Frames received that the device did not understand (kept for tests and diagnostics). */
  readonly unknownFrames: Uint8Array[] = [];

  constructor(
    readonly kind: string,
    readonly protocol: string,
    readonly identifier: string,
    readonly address: string,
    protected readonly current: S,
  ) {}

  get state(): Readonly<S> {
    return this.current;
  }

  abstract receive(data: Uint8Array): Uint8Array[];
  abstract describe(now?: number): string;

  moving(_now?: number): boolean {
    return false;
  }

  onChange(listener: () => void): void {
    this.events.on("change", listener);
  }

  /** Update state; listeners hear about real changes only. */
  protected set(patch: Partial<S>): void {
    let changed = false;
    for (const [key, value] of Object.entries(patch) as [keyof S, S[keyof S]][]) {
      if (this.current[key] !== value) {
        this.current[key] = value;
        changed = true;
      }
    }
    if (changed) this.events.emit("change");
  }

  protected unknown(data: Uint8Array): void {
    this.unknownFrames.push(data);
  }
}

/** A bar for a level, e.g. level 10 of 20 → "██████····". */
export function bar(value: number, max: number, width = 10): string {
  const filled = Math.round((Math.max(0, Math.min(value, max)) / max) * width);
  return "█".repeat(filled) + "·".repeat(width - filled);
}

export const textBytes = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, "utf8"));
export const bytesText = (data: Uint8Array): string => Buffer.from(data).toString("utf8");

/** 12 hex digits derived from an address, for replies that carry a device's MAC (Lovense). */
export function macFromAddress(address: string): string {
  let hash = 0x811c9dc5;
  let out = "";
  for (let round = 0; round < 3; round++) {
    for (const ch of `${address}/${round}`) hash = Math.imul(hash ^ ch.charCodeAt(0), 0x01000193) >>> 0;
    out += (hash & 0xffff).toString(16).padStart(4, "0");
  }
  return out.toUpperCase();
}
