/**
 * Vorze SA family: three-byte packets on tx, written with response, starting with the model byte.
 * - single rotator (Cyclone SA 01, UFO SA 02):  <model> 01 <clockwise << 7 | speed>
 * - dual rotator (UFO TW 05):                    05 <left> <right>, each clockwise << 7 | speed
 * - single vibrator (Bach 06, Rocket 07):        <model> 03 <speed>
 * - dual vibrator (Omorfi 09):                   09 <motor 1> <motor 2>
 * - piston (03):                                 03 <position> <speed from distance and duration>
 * Rotation speed is signed (negative = counterclockwise); 0 is "stopped, clockwise" (80).
 *
 * The configuration's protocol variant says which layout a model uses; definitions without it fall
 * back to the identifier (the BLE name), as the reference matches names for the model byte.
 */
import { deviceError } from "../../errors";
import {
  type DeviceDefinition,
  defineProtocol,
  type HardwareCommand,
  type OutputValues,
  type ProtocolMethods,
  write,
} from "../protocol";
import { saturatingU8, sharedPacket, u8 } from "./helpers";

const NAME = "vorze-sa";

/** Model bytes. */
export const VorzeDevice = { Cyclone: 1, Ufo: 2, Piston: 3, UfoTw: 5, Bach: 6, Rocket: 7, Omorfi: 9 } as const;
const ROTATE_ACTION = 0x01;
const VIBRATE_ACTION = 0x03;

/** A packet on tx, with response (sharedPacket gives the two-motor ones the command id "all"). */
const packet = (bytes: number[]): HardwareCommand => write("tx", bytes, true);

/** Direction bit and magnitude of a signed rotation: clockwise (≥ 0) sets bit 7. */
export function rotationByte(speed: number): number {
  return ((speed >= 0 ? 1 : 0) << 7) | u8(Math.abs(speed));
}

/**
 * Piston speed (0–100) for a move over a distance (0–200 position units) in a duration (ms):
 * (200 · duration / distance / 6658)^−1.21, clamped; no distance is full speed.
 */
export function pistonSpeed(distance: number, durationMs: number): number {
  if (distance <= 0) return 100;
  const d = Math.min(distance, 200);
  const scaled = (200 * durationMs) / d;
  const speed = Math.min(Math.max((scaled / 6658) ** -1.21, 0), 100);
  return saturatingU8(speed);
}

/** Cyclone SA, UFO SA: <model> 01 <rotation>. */
const singleRotator = (model: number): ProtocolMethods => ({
  rotate: (_index, speed) => [packet([model, ROTATE_ACTION, rotationByte(speed)])],
});

/** UFO TW: 05 <left rotation> <right rotation>. */
const dualRotator = (outputs: OutputValues): ProtocolMethods => ({
  rotate: sharedPacket(
    NAME,
    outputs,
    2,
    ([left, right]) => [packet([VorzeDevice.UfoTw, rotationByte(left), rotationByte(right)])],
    "Rotate",
  ),
});

/** Bach, Rocket: <model> 03 <speed>. */
const singleVibrator = (model: number): ProtocolMethods => ({
  vibrate: (_index, speed) => [packet([model, VIBRATE_ACTION, u8(speed)])],
});

/** Omorfi: 09 <motor 1> <motor 2>. */
const dualVibrator = (outputs: OutputValues): ProtocolMethods => ({
  vibrate: sharedPacket(NAME, outputs, 2, (speeds) => [packet([VorzeDevice.Omorfi, ...speeds.map(u8)])]),
});

/** Piston: 03 <position> <speed from the distance to the previous position and the duration>. */
function piston(): ProtocolMethods {
  let previousPosition = 0;
  return {
    hwPositionWithDuration: (_index, goal, durationMs) => {
      const position = u8(goal);
      const speed = pistonSpeed(Math.abs(previousPosition - position), durationMs);
      previousPosition = position;
      return [packet([VorzeDevice.Piston, position, speed])];
    },
  };
}

/** The protocol variant of a definition: from the config when given, else guessed from the identifier. */
export function vorzeVariant(definition: DeviceDefinition): string | undefined {
  if (definition.protocolVariant) return definition.protocolVariant;
  const id = (definition.identifier ?? definition.name).toLowerCase();
  if (id.includes("ufo-tw") || id.includes("ufo tw")) return "vorze-sa-dual-rotator";
  if (id.includes("cycsa") || id.includes("ufo")) return "vorze-sa-single-rotator";
  if (id.includes("bach") || id.includes("rocket")) return "vorze-sa-single-vibrator";
  if (id.includes("omor")) return "vorze-sa-dual-vibrator";
  if (id.includes("piston")) return "vorze-sa-piston";
  return undefined;
}

/** Pick the output methods for a Vorze model. */
export function vorzeOutputs(definition: DeviceDefinition, outputs: OutputValues): ProtocolMethods {
  const variant = vorzeVariant(definition);
  const id = (definition.identifier ?? definition.name).toLowerCase();
  const fail = () =>
    deviceError(
      `${NAME}: no implementation for Vorze device ${definition.identifier ?? definition.name} (variant ${variant ?? "unknown"})`,
    );
  switch (variant) {
    case "vorze-sa-single-rotator":
      if (id.includes("cycsa") || id.includes("cyclone")) return singleRotator(VorzeDevice.Cyclone);
      if (id.includes("ufo")) return singleRotator(VorzeDevice.Ufo);
      throw fail();
    case "vorze-sa-dual-rotator":
      return dualRotator(outputs);
    case "vorze-sa-single-vibrator":
      if (id.includes("bach")) return singleVibrator(VorzeDevice.Bach);
      if (id.includes("rocket")) return singleVibrator(VorzeDevice.Rocket);
      throw fail();
    case "vorze-sa-dual-vibrator":
      if (id.includes("omor")) return dualVibrator(outputs);
      throw fail();
    case "vorze-sa-piston":
      return piston();
    default:
      throw fail();
  }
}

/** The Vorze SA protocol. */
export const vorzeSa = defineProtocol({
  name: NAME,
  create: vorzeOutputs,
});
