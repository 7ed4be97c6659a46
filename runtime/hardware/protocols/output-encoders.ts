/**
 * Routing of v4 OutputCommands to per-OutputType byte encoders, for protocol files written in the
 * reference server's shape (one encoder per output type: vibrate, rotate, oscillate, …).
 */
import type { inside } from "../../../generated";
import { type HardwareCommand, type OutputKind, readOutput, unsupported } from "../protocol";

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
  if (!encode) throw unsupported(protocol, featureIndex, output.type);
  return encode(featureIndex, output.value, output.duration ?? 0);
}
