/**
 * Simulated Fleshlight Launch (reference protocol "kiiroo-v2"): a one-byte write [0x00] (to the
 * firmware endpoint) readies it; then each [position 0–99, speed 0–99] frame starts a move.
 */
import { bar, SimulatedDeviceBase } from "./device";

type LaunchState = { ready: boolean; target: number; speed: number };

/** A Launch-style stroker. */
export class SimulatedLaunch extends SimulatedDeviceBase<LaunchState> {
  constructor(identifier: string, address: string) {
    super("launch", "kiiroo-v2", identifier, address, { ready: false, target: 0, speed: 0 });
  }

  receive(data: Uint8Array): Uint8Array[] {
    if (data.length === 1 && data[0] === 0x00) this.set({ ready: true });
    else if (data.length === 2 && data[0]! <= 99 && data[1]! <= 99) this.set({ target: data[0]!, speed: data[1]! });
    else this.unknown(data);
    return [];
  }

  describe(): string {
    const { ready, target, speed } = this.current;
    if (!ready) return "waiting for firmware init";
    return `position → ${bar(target, 99)} ${String(target).padStart(2)}/99  speed ${String(speed).padStart(2)}/99`;
  }
}
