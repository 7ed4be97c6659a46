/**
 * Device configuration: the official v4 device-config database (built in, or replaced by
 * `--device-config-file`), extended by a user device-config file; identification of BLE and
 * websocket devices; resolution of a device's definition (docs/internals.md §5).
 */
export {
  DeviceConfig,
  buildDefinition,
  stepLimit,
  toHardwareValue,
  type BaseDefinition,
  type BluetoothAdvertisement,
  type HidSpecifier,
  type SerialPortSpecifier,
  type OutputLimits,
  type ProtocolMatch,
  type ResolvedDeviceDefinition,
  type StepRange,
  type UserDeviceOverride,
  type UserOutputOverride,
} from "./device-config";
export {
  BUILT_IN_DEVICE_CONFIG,
  DEVICE_CONFIG_MAJOR,
  MAX_USER_CONFIG_BYTES,
  applyUserConfigFile,
  loadDeviceConfig,
  readDeviceConfigFile,
  readUserDeviceConfigFile,
  type DeviceConfigOptions,
} from "./load";
export { DeviceConfigError, type ConfigIssue } from "./errors";
export { normalizeUuid, nameMatches, manufacturerDataMatches } from "./ble";
export { INPUT_TYPES, OUTPUT_TYPES, inputTypeOf, outputTypeOf } from "./feature-types";
