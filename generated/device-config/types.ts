// generated — do not edit. Source: schema/device-config/*.json (+ shared schema/*.json). Regenerate with `npm run generate`.
// schema/device-config/: one type per root schema (named by its title) and its titled sub-objects.

/**
 * Inclusive [low, high] range of hardware steps; the low end of an output range is its stop value.
 *
 * @minItems 2
 * @maxItems 2
 */
export type ValueRange = [number, number];
/**
 * A narrowed output range, inside [0, high] of the base range.
 *
 * @minItems 2
 * @maxItems 2
 */
export type UserValueRange = [number, number];
/**
 * @minItems 1
 */
export type V2SerialSpecifier = [
  {
    port: string;
    "baud-rate": number;
    "data-bits": number;
    parity: string;
    "stop-bits": number;
  },
  ...{
    port: string;
    "baud-rate": number;
    "data-bits": number;
    parity: string;
    "stop-bits": number;
  }[],
];
/**
 * @minItems 1
 */
export type V2VidPidSpecifier = [
  {
    "vendor-id": number;
    "product-id": number;
  },
  ...{
    "vendor-id": number;
    "product-id": number;
  }[],
];

/**
 * The type of every root schema of schema/device-config/, by name.
 */
export interface DeviceConfigSchemas {
  DeviceConfigFile: DeviceConfigFile;
  UserDeviceConfigFile: UserDeviceConfigFile;
}
/**
 * The official Buttplug device-config file, v4 format (buttplug-device-config-v4.json): every protocol, how its devices are found, and their features. Permissive where the reference schema is (unknown keys in protocol objects are ignored, as the reference loader does).
 */
export interface DeviceConfigFile {
  version: ConfigVersion;
  protocols?: {
    [k: string]: ProtocolDefinition | undefined;
  };
  /**
   * Accepted and ignored, as the reference loader does: user settings belong in the user device-config file.
   */
  user_configs?: {};
}
/**
 * Version of the device configuration format and data (major 4 for this format).
 */
export interface ConfigVersion {
  major: number;
  minor: number;
}
/**
 * One protocol: communication specifiers, defaults, configurations.
 */
export interface ProtocolDefinition {
  communication?: CommunicationSpecifier[];
  defaults?: DeviceDefaults;
  configurations?: DeviceConfiguration[];
}
/**
 * One way a protocol's devices are found: an object with exactly one transport key. Unknown transport keys are tolerated (the reference loader ignores them) but never match.
 */
export interface CommunicationSpecifier {
  btle?: BluetoothLESpecifier;
  websocket?: WebsocketSpecifier;
  serial?: SerialSpecifier;
  usb?: VidPidSpecifier;
  hid?: VidPidSpecifier;
  xinput?: ExistsSpecifier;
  lovense_connect_service?: ExistsSpecifier;
}
/**
 * How a BLE device of a protocol is recognised (advertised names with a trailing * wildcard, manufacturer data, advertised services) and which services/characteristics it uses.
 */
export interface BluetoothLESpecifier {
  /**
   * @minItems 1
   */
  names: [string, ...string[]];
  manufacturer_data?: ManufacturerData[];
  /**
   * Items: A lower-case UUID, as the config writes them.
   */
  advertised_services?: string[];
  services: {
    [k: string]: Endpoints | undefined;
  };
}
/**
 * BLE manufacturer data to match: the company id, and optionally bytes that must appear in the advertised data.
 */
export interface ManufacturerData {
  company: number;
  expected_length?: number;
  data?: number[];
}
/**
 * Endpoint name (tx, rx, command, …) → characteristic UUID inside one BLE service.
 */
export interface Endpoints {
  /**
   * A lower-case UUID, as the config writes them.
   */
  [k: string]: string | undefined;
}
/**
 * A device that connects to the device websocket server and announces itself by name. v4 files write `name`; v2-era files and Intiface documentation write `names` (a list); both are accepted.
 */
export interface WebsocketSpecifier {
  name?: string;
  /**
   * @minItems 1
   */
  names?: [string, ...string[]];
}
/**
 * A serial-port device.
 */
export interface SerialSpecifier {
  port: string;
  baud_rate: number;
  data_bits: number;
  parity: string;
  stop_bits: number;
}
/**
 * USB/HID vendor and product id pairs.
 */
export interface VidPidSpecifier {
  /**
   * @minItems 1
   */
  pairs: [
    {
      vendor_id: number;
      product_id: number;
    },
    ...{
      vendor_id: number;
      product_id: number;
    }[],
  ];
}
/**
 * A transport with nothing to match on (XInput, Lovense Connect service).
 */
export interface ExistsSpecifier {
  exists?: boolean;
}
/**
 * What every device of a protocol has unless a configuration says otherwise.
 */
export interface DeviceDefaults {
  name: string;
  /**
   * A lower-case UUID, as the config writes them.
   */
  id: string;
  protocol_variant?: string;
  message_gap_ms?: number;
  features: ConfigFeature[];
}
/**
 * One feature of a device: its index, a description, outputs and inputs.
 */
export interface ConfigFeature {
  index: number;
  description?: string;
  /**
   * A lower-case UUID, as the config writes them.
   */
  id: string;
  output?: ConfigFeatureOutput;
  input?: ConfigFeatureInput;
  feature_settings?: {
    alt_protocol_index?: number;
  };
}
/**
 * Output kinds of a feature (config spelling; `hw_position_with_duration` is v4 HwPositionWithDuration).
 */
export interface ConfigFeatureOutput {
  vibrate?: ConfigOutputValue;
  rotate?: ConfigOutputValue;
  oscillate?: ConfigOutputValue;
  constrict?: ConfigOutputValue;
  spray?: ConfigOutputValue;
  position?: ConfigOutputValue;
  temperature?: ConfigOutputValue;
  led?: ConfigOutputValue;
  hw_position_with_duration?: ConfigOutputWithDuration;
}
/**
 * An output's hardware step range.
 */
export interface ConfigOutputValue {
  value: ValueRange;
}
/**
 * hw_position_with_duration: position steps and duration range (ms).
 */
export interface ConfigOutputWithDuration {
  value: ValueRange;
  duration: ValueRange;
}
/**
 * Input kinds of a feature (config spelling).
 */
export interface ConfigFeatureInput {
  battery?: ConfigInput;
  rssi?: ConfigInput;
  pressure?: ConfigInput;
  button?: ConfigInput;
  depth?: ConfigInput;
  position?: ConfigInput;
}
/**
 * An input's reading ranges and the InputCommandTypes it supports.
 */
export interface ConfigInput {
  /**
   * @minItems 1
   */
  value: [ValueRange, ...ValueRange[]];
  command: ("Read" | "Subscribe")[];
}
/**
 * A device model of a protocol, chosen by identifier (the advertised name, or what the protocol's identification step reports). Fields it leaves out come from the defaults.
 */
export interface DeviceConfiguration {
  /**
   * @minItems 1
   */
  identifier: [string, ...string[]];
  name: string;
  /**
   * A lower-case UUID, as the config writes them.
   */
  id: string;
  protocol_variant?: string;
  message_gap_ms?: number;
  features?: ConfigFeature[];
}
/**
 * A user device-config file as Intiface writes it: v4 layout `user_configs` → `protocols` (extra specifiers/configurations) and `devices` (per-device settings), or the older v2 layout `user-configs` → `specifiers` / `devices`.
 */
export interface UserDeviceConfigFile {
  version: ConfigVersion;
  user_configs?: UserConfigs;
  "user-configs"?: V2UserConfigs;
}
export interface UserConfigs {
  protocols?: {
    [k: string]: UserProtocolDefinition | undefined;
  };
  devices?: UserDeviceEntry[];
}
/**
 * User additions to a protocol: extra communication specifiers and extra configurations.
 */
export interface UserProtocolDefinition {
  communication?: CommunicationSpecifier[];
  configurations?: DeviceConfiguration[];
  defaults?: DeviceDefaults;
  devices?: {
    configurations?: DeviceConfiguration[];
  };
}
export interface UserDeviceEntry {
  identifier: UserDeviceIdentifier;
  config: UserDeviceDefinition;
}
/**
 * Which device an entry is about: protocol, configuration identifier (if any) and address.
 */
export interface UserDeviceIdentifier {
  address: string;
  protocol: string;
  identifier?: string;
}
/**
 * A user's copy of a base definition (base_id), with customisations.
 */
export interface UserDeviceDefinition {
  name?: string;
  /**
   * A lower-case UUID, as the config writes them.
   */
  id: string;
  /**
   * A lower-case UUID, as the config writes them.
   */
  base_id: string;
  features: UserFeature[];
  user_config: UserDeviceCustomization;
}
/**
 * User customisation of one base feature, found by base_id.
 */
export interface UserFeature {
  description?: string;
  /**
   * A lower-case UUID, as the config writes them.
   */
  id: string;
  /**
   * A lower-case UUID, as the config writes them.
   */
  base_id: string;
  output?: UserFeatureOutput;
}
export interface UserFeatureOutput {
  vibrate?: UserOutputValue;
  rotate?: UserOutputValue;
  oscillate?: UserOutputValue;
  constrict?: UserOutputValue;
  spray?: UserOutputValue;
  temperature?: UserOutputValue;
  led?: UserOutputValue;
  position?: UserOutputPosition;
  hw_position_with_duration?: UserOutputWithDuration;
}
/**
 * User customisation of one output: a narrowed range, or disabled.
 */
export interface UserOutputValue {
  value?: UserValueRange;
  disabled?: boolean;
}
/**
 * User customisation of a position output (may also be reversed).
 */
export interface UserOutputPosition {
  value?: UserValueRange;
  disabled?: boolean;
  reverse?: boolean;
}
/**
 * User customisation of hw_position_with_duration.
 */
export interface UserOutputWithDuration {
  value?: UserValueRange;
  disabled?: boolean;
  reverse?: boolean;
  duration?: UserValueRange;
}
/**
 * Per-device settings: allow/deny list, reserved device index, display name, timing gap.
 */
export interface UserDeviceCustomization {
  allow: boolean;
  deny: boolean;
  display_name?: string;
  index: number;
  message_gap_ms?: number;
}
export interface V2UserConfigs {
  specifiers?: {
    [k: string]: V2ProtocolSpecifiers | undefined;
  };
  devices?: V2UserDeviceEntry[];
}
/**
 * v2-layout user specifiers of one protocol: one key per transport.
 */
export interface V2ProtocolSpecifiers {
  btle?: V2BluetoothLESpecifier;
  websocket?: V2WebsocketSpecifier;
  serial?: V2SerialSpecifier;
  usb?: V2VidPidSpecifier;
  hid?: V2VidPidSpecifier;
}
/**
 * v2-layout BLE specifier (hyphenated keys).
 */
export interface V2BluetoothLESpecifier {
  /**
   * @minItems 1
   */
  names: [string, ...string[]];
  "manufacturer-data"?: {
    company: number;
    "expected-length"?: number;
    data?: number[];
  }[];
  /**
   * Items: A lower-case UUID, as the config writes them.
   */
  "advertised-services"?: string[];
  services?: {
    [k: string]: Endpoints | undefined;
  };
}
export interface V2WebsocketSpecifier {
  /**
   * @minItems 1
   */
  names: [string, ...string[]];
}
export interface V2UserDeviceEntry {
  identifier: UserDeviceIdentifier;
  config: V2UserDeviceConfig;
}
/**
 * v2-layout per-device settings.
 */
export interface V2UserDeviceConfig {
  allow?: boolean;
  deny?: boolean;
  "display-name"?: string;
  index?: number;
  messages?: {
    ScalarCmd?: V2StepAttributes[];
    VibrateCmd?: V2StepAttributes[];
    LinearCmd?: V2StepAttributes[];
    RotateCmd?: V2StepAttributes[];
  };
}
/**
 * v2-layout per-actuator attributes; StepRange narrows the actuator.
 */
export interface V2StepAttributes {
  StepRange: UserValueRange;
  FeatureOrder?: number;
  FeatureDescriptor?: string;
  ActuatorType?: "Vibrate" | "Rotate" | "Oscillate" | "Constrict" | "Inflate" | "Position";
}

