/**
 * A simulated Lovense USB dongle (protocol: comm/lovense-dongle/messages.ts) with simulated
 * Lovense toys in its range. It answers the host's JSON lines as the dongle does: a search
 * reports the first toy in range that is switched on and not connected, stopping the search
 * connects it, toy commands go to the connected toy and its replies come back as toyData. One toy
 * at a time, as the real dongle. `switchOff` makes the connected toy drop off (status 403).
 */
import {
  DongleResult,
  encodeDongleMessage,
  parseDongleLine,
  type DongleIncoming,
  type DongleOutgoing,
} from "../lovense-dongle/messages";
import { TypedEventEmitter } from "../../../events";
import { bytesText, macFromAddress, textBytes } from "./device";
import type { SimulatedLovense } from "./lovense";
import type { LineDevice } from "./serial";

/** A dongle with toys in range. */
export class SimulatedLovenseDongle implements LineDevice {
  /** Every message the host sent, in order (for tests). */
  readonly received: DongleOutgoing[] = [];
  private connected: SimulatedLovense | undefined;
  private found: SimulatedLovense | undefined;
  private readonly off = new Set<SimulatedLovense>();
  private readonly events = new TypedEventEmitter<{ push: (data: Uint8Array) => void }>();

  constructor(readonly toys: readonly SimulatedLovense[]) {}

  /** The dongle's id for a toy (the real dongle reports an address-like id). */
  static toyId(toy: SimulatedLovense): string {
    return macFromAddress(toy.address).toLowerCase();
  }

  /** The toy the dongle is connected to. */
  get connectedToy(): SimulatedLovense | undefined {
    return this.connected;
  }

  onPush(listener: (data: Uint8Array) => void): void {
    this.events.on("push", listener);
  }

  /** A toy the dongle was already connected to (paired before the host looked). */
  pairAlready(toy: SimulatedLovense): void {
    this.connected = toy;
  }

  /** Switch a toy off: if connected, the dongle reports it disconnected. */
  switchOff(toy: SimulatedLovense): void {
    this.off.add(toy);
    if (this.connected !== toy) return;
    this.connected = undefined;
    this.push(toyStatus(toy, DongleResult.DeviceDisconnected));
  }

  receive(data: Uint8Array): Uint8Array[] {
    const message = parseDongleLine(bytesText(data)) as DongleOutgoing | undefined;
    if (!message) return [line({ type: "usb", func: "error", result: DongleResult.MalformedMessage })];
    this.received.push(message);
    return this.answer(message).map(line);
  }

  private answer(message: DongleOutgoing): DongleIncoming[] {
    switch (message.func) {
      case "statuss":
        return this.connected ? [toyStatus(this.connected, DongleResult.DeviceConnectSuccess)] : [];
      case "search": {
        const replies: DongleIncoming[] = [{ type: "toy", func: "search", result: DongleResult.SearchStarted }];
        this.found = this.connected ? undefined : this.toys.find((t) => !this.off.has(t));
        if (this.found)
          replies.push({
            type: "toy",
            func: "toyData",
            data: { id: SimulatedLovenseDongle.toyId(this.found), status: DongleResult.CommandSuccess },
          });
        return replies;
      }
      case "stopSearch": {
        const replies: DongleIncoming[] = [
          { type: "usb", func: "stopSearch", result: DongleResult.CommandSuccess },
          { type: "toy", func: "search", result: DongleResult.SearchStopped },
        ];
        if (this.found) {
          this.connected = this.found;
          this.found = undefined;
          replies.push(toyStatus(this.connected, DongleResult.DeviceConnectSuccess));
        }
        return replies;
      }
      case "command": {
        const toy = this.connected;
        if (!toy || message.id !== SimulatedLovenseDongle.toyId(toy) || message.cmd === undefined) {
          return [{ type: "toy", func: "command", result: DongleResult.DeviceNotFound }];
        }
        return toy.receive(textBytes(message.cmd)).map((reply) => ({
          type: "toy",
          func: "toyData",
          data: { id: message.id, data: bytesText(reply), status: DongleResult.CommandSuccess },
        }));
      }
      default:
        return [{ type: message.type, func: message.func, result: DongleResult.MalformedMessage }];
    }
  }

  private push(message: DongleIncoming): void {
    this.events.emit("push", line(message));
  }
}

const line = (message: DongleIncoming): Uint8Array => textBytes(encodeDongleMessage(message));

/** A toy's connection status, as the dongle reports it when asked and when it changes. */
const toyStatus = (toy: SimulatedLovense, status: number): DongleIncoming => ({
  type: "toy",
  func: "status",
  data: { id: SimulatedLovenseDongle.toyId(toy), status },
});
