/**
 * Simulated TCode v0.3 stroker (STPIHKAL: tcode; an OSR2-style linear axis), text commands
 * separated by spaces/newlines: `L0<digits>[I<ms>]` moves the stroke axis to 0.<digits> over <ms>,
 * `R0<digits>` twists, `V0<digits>` vibrates; `D0` → device name, `D1` → "TCode v0.3",
 * `DSTOP` stops. Magnitude digits are a decimal fraction ("L05" = "L0500" = half way).
 */
import { bar, bytesText, SimulatedDeviceBase, textBytes } from "./device";

type TCodeState = { from: number; to: number; startedAt: number; durationMs: number; twist: number; vibrate: number };

const fraction = (digits: string) => Number(digits) / 10 ** digits.length;

/** A single-axis TCode stroker. */
export class SimulatedTCode extends SimulatedDeviceBase<TCodeState> {
  constructor(
    identifier: string,
    address: string,
    private readonly now: () => number = Date.now,
  ) {
    super("stroker", "tcode-v03", identifier, address, {
      from: 0.5,
      to: 0.5,
      startedAt: 0,
      durationMs: 0,
      twist: 0.5,
      vibrate: 0,
    });
  }

  /** Where the stroke axis is now (0–1), between the last move's start and goal. */
  position(now = this.now()): number {
    const { from, to, startedAt, durationMs } = this.current;
    if (durationMs <= 0 || now >= startedAt + durationMs) return to;
    return from + ((to - from) * (now - startedAt)) / durationMs;
  }

  receive(data: Uint8Array): Uint8Array[] {
    const replies: Uint8Array[] = [];
    for (const word of bytesText(data)
      .split(/\s+/)
      .filter((w) => w.length > 0)) {
      const reply = this.command(word.toUpperCase());
      if (reply === undefined) this.unknown(textBytes(word));
      else if (reply !== "") replies.push(textBytes(reply));
    }
    return replies;
  }

  private command(word: string): string | undefined {
    if (word === "D0") return "bpkit simulated TCode stroker\n";
    if (word === "D1") return "TCode v0.3\n";
    if (word === "DSTOP") {
      this.set({ from: this.position(), to: this.position(), durationMs: 0, vibrate: 0 });
      return "";
    }
    const m = /^([LRV])0(\d+)(?:I(\d+))?$/.exec(word);
    if (!m) return undefined;
    const value = fraction(m[2]!);
    if (m[1] === "L") {
      const now = this.now();
      this.set({ from: this.position(now), to: value, startedAt: now, durationMs: m[3] ? Number(m[3]) : 0 });
    } else if (m[1] === "R") this.set({ twist: value });
    else this.set({ vibrate: value });
    return "";
  }

  override moving(now = this.now()): boolean {
    return now < this.current.startedAt + this.current.durationMs;
  }

  describe(now = this.now()): string {
    const pct = (x: number) => `${String(Math.round(x * 100)).padStart(3)}%`;
    const parts = [`position ${bar(this.position(now), 1)} ${pct(this.position(now))}`];
    if (this.moving(now)) parts.push(`→ ${pct(this.current.to)}`);
    if (this.current.vibrate > 0) parts.push(`vibrate ${pct(this.current.vibrate)}`);
    return parts.join("  ");
  }
}
