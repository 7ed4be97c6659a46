/**
 * Lovense: ASCII commands terminated by ";" on tx, replies on rx.
 *
 * Identification: write "DeviceType;" and read the reply "<model letters>:<firmware>:<address>;"
 * (e.g. "P:02:0082059AD3BD;" is an Edge). The model letters are the configuration identifier;
 * a Flexer ("EI") with firmware 3 or newer is "EI-FW3", because only that firmware drives its
 * actuators separately. Without a reply the BLE name "LVS-<letters><digits>" is the fallback.
 *
 * Which command family a device speaks follows from its features (as in the reference server):
 * - one output:                         "Vibrate:<n>;"
 * - a vibrator and a constrictor (Max):  "Vibrate:<n>;", "Air:Level:<n>;"
 * - a vibrator and a rotator (Nora):     "Vibrate:<n>;", "Rotate:<n>;" after "RotateChange;" when counterclockwise
 * - three or more vibrators, or two plus another output (Flexer, Lapis): one "Mply:<a>:<b>:<c>;"
 * - otherwise (Edge, Gravity, Spinel):   "Vibrate1:<n>;", "Vibrate2:<n>;" by FeatureIndex
 * - Solace ("H") and Solace Pro ("BA"):  "Mply:<speed>:<stroke>;" and timed "FSetSite:<position>;" steps
 *
 * Battery: "Battery;" → "85;" (or "s85;" while running).
 */
import type { inside } from "../../../generated";
import { deviceError } from "../../errors";
import {
  type DeviceDefinition,
  defineProtocol,
  type HardwareCommand,
  type HardwareLink,
  type OutputKind,
  type OutputValues,
  type ProtocolMethods,
  unsupported,
  write,
} from "../protocol";
import { ascii, batteryReading, countOutputs, countOutputsOfType, unsupportedInput, utf8 } from "./helpers";

const NAME = "lovense";
const TX = "tx";
const RX = "rx";

/** How long to wait for the DeviceType reply before asking again (old serial adapters are slow). */
export const DEVICE_TYPE_TIMEOUT_MS = 500;
/** How many times to ask again before falling back to the BLE name. */
export const DEVICE_TYPE_RETRIES = 5;
/** How long a battery read waits for each reply. */
export const BATTERY_TIMEOUT_MS = 1000;
/** The Solace steps towards a HwPositionWithDuration goal every 100 ms. */
export const STROKE_STEP_MS = 100;

const command = (text: string): HardwareCommand => write(TX, ascii(text));

/**
 * Configuration identifier from a "DeviceType;" reply ("P:02:0082059AD3BD;" → "P"), or undefined
 * when the reply is not in that form.
 */
export function identifierFromDeviceType(reply: string): string | undefined {
  const parts = reply.split(":");
  if (parts.length < 2) return undefined;
  const letters = parts[0];
  // The firmware field may carry trailing text; like Rust's parse, anything non-numeric counts as 0.
  const firmware = /^\+?\d+$/.test(parts[1]) ? Number(parts[1]) : 0;
  if (letters === "EI" && firmware >= 3) return "EI-FW3";
  return letters;
}

/** Identifier from a BLE name like "LVS-Z36" → "Z", when the device does not answer DeviceType. */
export function identifierFromName(name: string): string | undefined {
  return /LVS-([A-Z]+)\d+/.exec(name)?.[1];
}

/** Battery level from a reply like "85;" or "s85;" (leading "s" while vibrating), else undefined. */
export function parseBattery(reply: string): number | undefined {
  const start = reply.includes("s") ? 1 : 0;
  const digits = reply.slice(start, reply.length - 1);
  if (!/^\+?\d+$/.test(digits)) return undefined;
  const level = Number(digits);
  return level <= 255 ? level : undefined;
}

/** Every Lovense device's battery read, over tx/rx. */
async function readBattery(link: HardwareLink, featureIndex: number, type: inside.InputType) {
  if (type !== "Battery") throw unsupportedInput(NAME, featureIndex, type);
  await link.execute(command("Battery;"));
  // Other replies (e.g. "OK;" for a command in flight) can arrive first; skip until a level parses.
  for (;;) {
    const text = utf8(await link.nextNotification(RX, BATTERY_TIMEOUT_MS));
    const level = text === undefined ? undefined : parseBattery(text);
    if (level !== undefined) return batteryReading(level);
  }
}

/** "Vibrate:<n>;": a one-output vibrator or sex machine, and the vibrator of a Max or Nora. */
const vibrate = (_index: number, speed: number) => [command(`Vibrate:${speed};`)];

/** One output: vibrator or sex machine. */
const singleActuator = (): ProtocolMethods => ({ vibrate, oscillate: vibrate });

/** Max: vibrator plus air pump. */
const max = (): ProtocolMethods => ({
  vibrate,
  oscillate: vibrate,
  constrict: (_index, level) => [command(`Air:Level:${level};`)],
});

/**
 * Nora / Ridge: vibrator plus rotator. Direction is a toggle ("RotateChange;"); like the reference
 * server, every counterclockwise (negative) Rotate sends the toggle before the speed.
 */
const rotateVibrator = (): ProtocolMethods => ({
  vibrate,
  // The toggle and the speed carry ids of their own (reference: LOVENSE_ROTATE_DIRECTION_UUID and
  // LOVENSE_ROTATE_UUID), so a later Rotate in the same timing-gap batch keeps a pending toggle.
  rotate: (_index, speed) => [
    ...(speed < 0 ? [write(TX, ascii("RotateChange;"), false, ["rotate-direction"])] : []),
    write(TX, ascii(`Rotate:${Math.abs(speed)};`), false, ["rotate"]),
  ],
});

/** Flexer / Lapis: every output in one "Mply:" command, by FeatureIndex (rotation without its sign). */
function multiActuator(outputCount: number, outputs: OutputValues): ProtocolMethods {
  const packet = (type: OutputKind) => (featureIndex: number) => {
    if (featureIndex >= outputCount) throw unsupported(NAME, featureIndex, type);
    const values = outputs.slots(outputCount).map(Math.abs);
    return [write(TX, ascii(`Mply:${values.join(":")};`), false, ["all"])];
  };
  return { vibrate: packet("Vibrate"), rotate: packet("Rotate") };
}

/** Edge, Gravity, Spinel…: "Vibrate<FeatureIndex + 1>:<n>;". */
const dualActuator = (): ProtocolMethods => {
  const numbered = (featureIndex: number, speed: number) => [command(`Vibrate${featureIndex + 1}:${speed};`)];
  return { vibrate: numbered, oscillate: numbered };
};

/**
 * One 100 ms step of a stroke towards a goal: the reference moves in (goal − start) / (duration / 100)
 * sized steps (integer division, at least one step) and never overshoots.
 */
export function strokeStep(current: number, goal: number, stepSize: number): number {
  const next = current + stepSize;
  return stepSize < 0 ? Math.max(next, goal) : Math.min(next, goal);
}

/** Step size for a new goal: (goal − current) / max(duration / 100, 1), truncated like integer division. */
export function strokeStepSize(current: number, goal: number, durationMs: number): number {
  const steps = Math.max(Math.trunc(durationMs / STROKE_STEP_MS), 1);
  return Math.trunc((goal - current) / steps);
}

/**
 * Solace / Solace Pro. Oscillate: "Mply:<speed>:<stroke length>;" (the Solace "H" needs the stroke
 * length zeroed to stop). HwPositionWithDuration: the device only knows "go to position now"
 * ("FSetSite:<pos>;"), so the move is cut into 100 ms steps sent from a timer on the link.
 */
class Stroker implements ProtocolMethods {
  private link?: HardwareLink;
  /** Where the stroker is now (the last FSetSite sent). */
  private current = 0;
  private goal = 0;
  private stepSize = 0;
  private timer?: ReturnType<typeof setTimeout>;

  constructor(private readonly zeroRangeOnStop: boolean) {}

  async initialize(link: HardwareLink): Promise<void> {
    this.link = link;
  }

  oscillate(_index: number, speed: number): HardwareCommand[] {
    // Oscillate 0 is also what a stop sends this device: it ends a stroke in progress, too.
    if (speed === 0) {
      this.halt();
      this.goal = this.current;
    }
    const range = speed === 0 && this.zeroRangeOnStop ? 0 : 20;
    return [command(`Mply:${speed}:${range};`)];
  }

  hwPositionWithDuration(featureIndex: number, position: number, durationMs: number): HardwareCommand[] {
    this.moveTo(featureIndex, position, durationMs);
    return [];
  }

  readInput = readBattery;

  private moveTo(featureIndex: number, position: number, durationMs: number): void {
    if (!this.link)
      throw deviceError(`${NAME}: FeatureIndex ${featureIndex} HwPositionWithDuration before initialize()`);
    if (position !== this.goal) {
      this.goal = position;
      this.stepSize = strokeStepSize(this.current, this.goal, durationMs);
    }
    if (this.timer === undefined && this.current !== this.goal) this.schedule();
  }

  private schedule(): void {
    this.timer = setTimeout(() => void this.tick(), STROKE_STEP_MS);
    this.timer.unref?.();
  }

  private async tick(): Promise<void> {
    this.timer = undefined;
    if (this.current === this.goal || !this.link) return;
    // A zero step (goal closer than the step count) would never arrive; the reference spins there too,
    // but sending the same position again is pointless, so wait for a new goal instead.
    if (this.stepSize === 0) return;
    this.current = strokeStep(this.current, this.goal, this.stepSize);
    try {
      await this.link.execute(command(`FSetSite:${this.current};`));
    } catch {
      return; // the device is gone: stop stepping, as the reference does on a failed write
    }
    if (this.current !== this.goal) this.schedule();
  }

  private halt(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }
}

/** Pick the output methods for a definition, from its identifier and the shape of its features. */
export function lovenseOutputs(definition: DeviceDefinition, outputs: OutputValues): ProtocolMethods {
  const identifier = definition.identifier ?? "";
  if (identifier === "BA" || identifier === "H") return new Stroker(identifier === "H");
  const outputCount = countOutputs(definition);
  const vibrators = countOutputsOfType(definition, "Vibrate", "Oscillate");
  const pureVibrators = countOutputsOfType(definition, "Vibrate");
  const withBattery = (methods: ProtocolMethods): ProtocolMethods => ({ ...methods, readInput: readBattery });
  if (outputCount === 1) return withBattery(singleActuator());
  if (outputCount === 2 && pureVibrators === 1 && countOutputsOfType(definition, "Constrict") === 1)
    return withBattery(max());
  if (outputCount === 2 && pureVibrators === 1 && countOutputsOfType(definition, "Rotate") === 1)
    return withBattery(rotateVibrator());
  if ((vibrators === 2 && outputCount > 2) || vibrators > 2) return withBattery(multiActuator(outputCount, outputs));
  return withBattery(dualActuator());
}

/** The Lovense protocol. */
export const lovense = defineProtocol({
  name: NAME,

  async identify(link: HardwareLink): Promise<string | undefined> {
    await link.execute({ kind: "subscribe", endpoint: RX });
    for (let attempt = 0; attempt <= DEVICE_TYPE_RETRIES; attempt++) {
      await link.execute(command("DeviceType;"));
      let reply: Uint8Array;
      try {
        reply = await link.nextNotification(RX, DEVICE_TYPE_TIMEOUT_MS);
      } catch {
        continue; // no answer in time: ask again
      }
      const text = utf8(reply);
      if (text === undefined) throw deviceError(`${NAME}: ${link.name} answered DeviceType with non-UTF-8 bytes`);
      return identifierFromDeviceType(text);
    }
    return identifierFromName(link.name);
  },

  create: lovenseOutputs,
});
