/**
 * The device config spells output and input kinds in lower snake case ("hw_position_with_duration");
 * the v4 protocol spells them as OutputType / InputType names ("HwPositionWithDuration"). These
 * tables are the one place that mapping lives (reference: buttplug_core device_feature.rs, where
 * each v4 name carries the config spelling as a serde alias).
 */
import type { inside } from "../../../generated";

/** Config output key → v4 OutputType. The config has no separate rotate-with-direction key: a
 * signed `rotate` range ([-99, 99]) is how a direction-capable rotator is described. */
export const OUTPUT_TYPES = {
  vibrate: "Vibrate",
  rotate: "Rotate",
  oscillate: "Oscillate",
  constrict: "Constrict",
  temperature: "Temperature",
  led: "Led",
  position: "Position",
  hw_position_with_duration: "HwPositionWithDuration",
  spray: "Spray",
} as const satisfies Record<string, inside.OutputType>;

/**
 * Config input key → v4 InputType. The spec and the official JS client spell RSSI in capitals
 * (the Rust server serializes "Rssi"); bpkit follows its v4 schema. The config's `depth` has no
 * v4 InputType yet and is left out of the DeviceFeature view.
 */
export const INPUT_TYPES = {
  battery: "Battery",
  rssi: "RSSI",
  button: "Button",
  pressure: "Pressure",
  position: "Position",
} as const satisfies Record<string, inside.InputType>;

export type ConfigOutputKey = keyof typeof OUTPUT_TYPES;
export type ConfigInputKey = keyof typeof INPUT_TYPES;

/** v4 OutputType for a config key, or undefined for a key bpkit does not know. */
export function outputTypeOf(key: string): inside.OutputType | undefined {
  return Object.hasOwn(OUTPUT_TYPES, key) ? OUTPUT_TYPES[key as ConfigOutputKey] : undefined;
}

/** v4 InputType for a config key, or undefined for a key bpkit does not know. */
export function inputTypeOf(key: string): inside.InputType | undefined {
  return Object.hasOwn(INPUT_TYPES, key) ? INPUT_TYPES[key as ConfigInputKey] : undefined;
}

/** v2-layout user message names → the config output keys their entries narrow, in feature order. */
export const V2_MESSAGE_OUTPUTS: Record<string, ConfigOutputKey[] | "actuator"> = {
  VibrateCmd: ["vibrate"],
  RotateCmd: ["rotate"],
  LinearCmd: ["hw_position_with_duration"],
  // ScalarCmd entries name their ActuatorType; Inflate had no v4 successor other than constrict.
  ScalarCmd: "actuator",
};

/** v2 ActuatorType → config output key. */
export const V2_ACTUATOR_OUTPUTS: Record<string, ConfigOutputKey> = {
  Vibrate: "vibrate",
  Rotate: "rotate",
  Oscillate: "oscillate",
  Constrict: "constrict",
  Inflate: "constrict",
  Position: "position",
};
