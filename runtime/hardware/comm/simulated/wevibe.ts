/**
 * Simulated WeVibe (reference protocol "wevibe"): 8-byte frames
 * [0x0f, 0x03, 0x00, ext | int << 4, 0x00, 0x03, 0x00, 0x00] set the two motors (0–15 each);
 * [0x0f, 0x00, …] turns both off. Two motors, like the WeVibe Sync.
 */
import { bar, SimulatedDeviceBase } from "./device";

type WeVibeState = { internal: number; external: number };

/** A two-motor WeVibe. */
export class SimulatedWeVibe extends SimulatedDeviceBase<WeVibeState> {
  constructor(identifier: string, address: string) {
    super("wevibe", "wevibe", identifier, address, { internal: 0, external: 0 });
  }

  receive(data: Uint8Array): Uint8Array[] {
    if (data.length !== 8 || data[0] !== 0x0f) {
      this.unknown(data);
      return [];
    }
    if (data[1] === 0x00) this.set({ internal: 0, external: 0 });
    else if (data[1] === 0x03) this.set({ internal: data[3]! >> 4, external: data[3]! & 0x0f });
    else this.unknown(data);
    return [];
  }

  describe(): string {
    const { internal, external } = this.current;
    return `internal ${bar(internal, 15)} ${String(internal).padStart(2)}/15  external ${bar(external, 15)} ${String(external).padStart(2)}/15`;
  }
}
