/**
 * Simulated Lovense toys (STPIHKAL: lovense): ASCII commands ending in ";" in, replies out.
 * "DeviceType;" → "<type>:<firmware>:<MAC>;", "Battery;" → "85;" ("s85;" while running),
 * "Vibrate:<0-20>;", "Rotate:<0-20>;", "RotateChange;" (flips direction) → "OK;", else "ERR;".
 */
import { bar, bytesText, macFromAddress, SimulatedDeviceBase, textBytes } from "./device";

/** Which toy: its DeviceType letters and what it has. */
export interface LovenseModel {
  kind: string;
  /** DeviceType letters: the device-config configuration identifier (S = Lush, A = Nora). */
  type: string;
  firmware: number;
  rotates: boolean;
}

export const LUSH: LovenseModel = { kind: "lush", type: "S", firmware: 11, rotates: false };
export const NORA: LovenseModel = { kind: "nora", type: "A", firmware: 11, rotates: true };

type LovenseState = { vibrate: number; rotate: number; clockwise: boolean; battery: number };

/** A Lovense vibrator (Lush) or vibrator + rotator (Nora). */
export class SimulatedLovense extends SimulatedDeviceBase<LovenseState> {
  constructor(
    readonly model: LovenseModel,
    identifier: string,
    address: string,
    battery = 85,
  ) {
    super(model.kind, "lovense", identifier, address, { vibrate: 0, rotate: 0, clockwise: true, battery });
  }

  receive(data: Uint8Array): Uint8Array[] {
    const text = bytesText(data);
    const replies: Uint8Array[] = [];
    // One frame may carry several commands; each gets its own reply.
    for (const cmd of text.split(";").filter((c) => c.length > 0)) replies.push(textBytes(this.command(cmd)));
    if (replies.length === 0) this.unknown(data);
    return replies;
  }

  private command(cmd: string): string {
    const [verb, arg] = cmd.split(":");
    const level = arg !== undefined && /^\d+$/.test(arg) ? Number(arg) : undefined;
    switch (verb) {
      case "DeviceType":
        return `${this.model.type}:${this.model.firmware}:${macFromAddress(this.address)};`;
      case "Battery":
        return `${this.current.vibrate > 0 || this.current.rotate > 0 ? "s" : ""}${this.current.battery};`;
      case "Vibrate":
        if (level === undefined || level > 20) break;
        this.set({ vibrate: level });
        return "OK;";
      case "Rotate":
        if (!this.model.rotates || level === undefined || level > 20) break;
        this.set({ rotate: level });
        return "OK;";
      case "RotateChange":
        if (!this.model.rotates) break;
        this.set({ clockwise: !this.current.clockwise });
        return "OK;";
      case "PowerOff":
        this.set({ vibrate: 0, rotate: 0 });
        return "OK;";
    }
    this.unknown(textBytes(`${cmd};`));
    return "ERR;";
  }

  describe(): string {
    const s = this.current;
    const parts = [`vibrate ${bar(s.vibrate, 20)} ${String(s.vibrate).padStart(2)}/20`];
    if (this.model.rotates)
      parts.push(`rotate ${s.clockwise ? "↻" : "↺"} ${bar(s.rotate, 20)} ${String(s.rotate).padStart(2)}/20`);
    parts.push(`battery ${s.battery}%`);
    return parts.join("  ");
  }
}
