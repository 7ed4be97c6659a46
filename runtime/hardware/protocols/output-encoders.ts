/**
 * Routing of v4 OutputCommands to per-OutputType byte encoders, for protocol files written in the
 * reference server's shape (one encoder per output type: vibrate, rotate, oscillate, …).
 */
import type { inside } from "../../../generated";
import type { DefinedFeature, HardwareCommand } from "../protocol";
import { readOutput, unsupported } from "./helpers";

/** OutputType names an encoder can be registered for (spec: output.md; RotationWithDirection arrives as a signed Rotate). */
export type OutputKind = Exclude<inside.OutputType, "RotationWithDirection">;

/** A protocol's encoders by OutputType: FeatureIndex, step value (and Duration in ms) in, hardware commands out. */
export type OutputEncoders = Partial<
  Record<OutputKind, (featureIndex: number, value: number, duration: number) => HardwareCommand[]>
>;

/**
 * Route an output command to the protocol's encoder for its OutputType. An OutputType the
 * protocol has no encoding for is a device error naming the protocol, the type and the feature.
 */
export function encodeOutput(
  protocol: string,
  featureIndex: number,
  command: inside.OutputCommand,
  encoders: OutputEncoders,
): HardwareCommand[] {
  const output = readOutput(command);
  const encode = encoders[output.type as OutputKind];
  if (!encode) throw unsupported(protocol, featureIndex, output);
  return encode(featureIndex, output.value, output.duration ?? 0);
}

/** Whether a feature has an output of the given type. */
export function hasOutput(feature: DefinedFeature | undefined, type: OutputKind): boolean {
  return !!feature?.Output && type in feature.Output;
}
