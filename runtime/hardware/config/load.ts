/**
 * loadDeviceConfig: the built-in (or replacement) device-config file, extended by a user
 * device-config file. A bad main file is a startup error (DeviceConfigError); a bad user file is
 * logged with the same error and skipped, and a bad entry inside it skips only that entry.
 */
import { readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
import type {
  BluetoothLESpecifier,
  CommunicationSpecifier,
  DeviceConfigFile,
  UserDeviceConfigFile,
  UserDeviceEntry,
  V2ProtocolSpecifiers,
  V2UserDeviceEntry,
} from "../../../generated/device-config/types";
import { Logger } from "../../log";
import {
  DeviceConfig,
  type BaseDefinition,
  type StepRange,
  type UserDeviceOverride,
  type UserOutputOverride,
} from "./device-config";
import { DeviceConfigError, locateIssues, parseConfigText, type ConfigIssue } from "./errors";
import { outputTypeOf, V2_ACTUATOR_OUTPUTS, V2_MESSAGE_OUTPUTS } from "./feature-types";
import { toPointer } from "./json-location";
import { deviceConfigIssues, userDeviceConfigIssues } from "./validate";
import { errorText } from "../../errors";

/** Path of the bundled official device-config file (imported by `bpkit dev import-device-config`). */
export const BUILT_IN_DEVICE_CONFIG = resolve(__dirname, "../device-config/buttplug-device-config-v4.json");

/** The major version of the device-config format bpkit reads. */
export const DEVICE_CONFIG_MAJOR = 4;

/**
 * The largest user device-config file bpkit reads (Intiface Central's files are a few KiB): a bigger
 * one is logged and skipped instead of holding start-up for seconds.
 */
export const MAX_USER_CONFIG_BYTES = 16 * 1024 * 1024;

/** Options of loadDeviceConfig (the `--device-config-file` / `--user-device-config-file` flags). */
export interface DeviceConfigOptions {
  /** Replaces the built-in database. */
  deviceConfigFile?: string;
  /** Extends the database: extra specifiers, configurations and per-device settings. */
  userDeviceConfigFile?: string;
  log?: Logger;
}

let builtIn: DeviceConfigFile | undefined;

function readText(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch (err) {
    throw new DeviceConfigError(file, [
      { pointer: "", message: `cannot read file: ${(err as NodeJS.ErrnoException).code ?? errorText(err)}` },
    ]);
  }
}

/** Read, parse and validate a main device-config file. Throws DeviceConfigError. */
export function readDeviceConfigFile(file: string, text = readText(file)): DeviceConfigFile {
  const data = parseConfigText(file, text);
  const issues = deviceConfigIssues(data);
  if (issues.length) throw new DeviceConfigError(file, locateIssues(text, issues));
  const doc = data as DeviceConfigFile;
  if (Object.keys(doc.protocols ?? {}).length === 0) {
    const userShaped = doc.user_configs !== undefined;
    throw new DeviceConfigError(
      file,
      locateIssues(text, [
        {
          pointer: userShaped ? "/user_configs" : "",
          message: userShaped
            ? "this is a user device-config file (it has user_configs and no protocols): pass it with --user-device-config-file"
            : "no protocols: a device-config file defines at least one protocol",
        },
      ]),
    );
  }
  if (doc.version.major !== DEVICE_CONFIG_MAJOR) {
    throw new DeviceConfigError(
      file,
      locateIssues(text, [
        {
          pointer: "/version/major",
          message: `major version ${doc.version.major}: bpkit reads device-config format ${DEVICE_CONFIG_MAJOR} only`,
        },
      ]),
    );
  }
  return doc;
}

/** Read, parse and validate a user device-config file. Throws DeviceConfigError. */
export function readUserDeviceConfigFile(file: string, text = readText(file)): UserDeviceConfigFile {
  const data = parseConfigText(file, text);
  const issues = userDeviceConfigIssues(data);
  if (issues.length) throw new DeviceConfigError(file, locateIssues(text, issues));
  const doc = data as UserDeviceConfigFile;
  // Older layouts are read (v2's user-configs, v4's user_configs); a newer major is a format bpkit
  // cannot know, and reading it as v4 would silently misapply it (the reference refuses it too).
  if (doc.version.major > DEVICE_CONFIG_MAJOR) {
    throw new DeviceConfigError(
      file,
      locateIssues(text, [
        {
          pointer: "/version/major",
          message: `major version ${doc.version.major}: bpkit reads user device-config formats up to ${DEVICE_CONFIG_MAJOR}`,
        },
      ]),
    );
  }
  return doc;
}

/** The bundled database, parsed and validated once per process. */
function builtInDeviceConfig(): DeviceConfigFile {
  builtIn ??= readDeviceConfigFile("<built-in>", readText(BUILT_IN_DEVICE_CONFIG));
  return builtIn;
}

/**
 * Load the device configuration: the built-in database (or `deviceConfigFile` instead), extended
 * by `userDeviceConfigFile`. Throws DeviceConfigError for a bad main file; a bad user file is
 * logged and ignored.
 */
export function loadDeviceConfig(options: DeviceConfigOptions = {}): DeviceConfig {
  const log = options.log ?? new Logger("warn", "bpkit/hardware/config");
  const main = options.deviceConfigFile ? readDeviceConfigFile(options.deviceConfigFile) : builtInDeviceConfig();
  const config = new DeviceConfig({ major: main.version.major, minor: main.version.minor });
  config.addProtocols(main);
  if (main.user_configs !== undefined) {
    log.warn(
      `${options.deviceConfigFile}: /user_configs ignored in a device-config file (pass it as the user device-config file)`,
    );
  }
  log.info(
    `device config ${main.version.major}.${main.version.minor} (${config.protocolNames().length} protocols) from ${options.deviceConfigFile ?? "the built-in database"}`,
  );
  if (options.userDeviceConfigFile) applyUserConfigFile(config, options.userDeviceConfigFile, log);
  return config;
}

/** A user config larger than MAX_USER_CONFIG_BYTES, refused before it is read. */
function checkUserConfigSize(file: string): void {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    return; // readText names the problem
  }
  if (size > MAX_USER_CONFIG_BYTES) {
    throw new DeviceConfigError(file, [
      {
        pointer: "",
        message: `${size} bytes: larger than the ${MAX_USER_CONFIG_BYTES} bytes bpkit reads in a user device-config file`,
      },
    ]);
  }
}

/** Apply a user device-config file; problems are logged, never thrown. */
export function applyUserConfigFile(config: DeviceConfig, file: string, log: Logger, text?: string): void {
  let doc: UserDeviceConfigFile;
  let source: string;
  try {
    if (text === undefined) checkUserConfigSize(file);
    source = text ?? readText(file);
    doc = readUserDeviceConfigFile(file, source);
  } catch (err) {
    if (!(err instanceof DeviceConfigError)) throw err;
    log.error(`user device config skipped:\n${err.message}`);
    return;
  }
  const report = (issue: ConfigIssue) =>
    log.error(
      `user device config entry skipped: ${new DeviceConfigError(file, locateIssues(source, [issue])).message}`,
    );
  if (doc.user_configs && doc.version.major !== DEVICE_CONFIG_MAJOR) {
    log.warn(
      `${file}: user config version ${doc.version.major}.${doc.version.minor}; reading it as format ${DEVICE_CONFIG_MAJOR}`,
    );
  }
  // Where applying has got to, so that an error nobody foresaw still names file and pointer.
  const at: Progress = { pointer: "" };
  try {
    applyV4(config, doc, report, log, file, at);
    applyV2(config, doc, report, at);
  } catch (err) {
    log.error(
      `user device config: ${file}: ${at.pointer || "(document)"}: cannot apply (${errorText(err)}); ` +
        "this entry and the rest of the file are skipped",
    );
  }
}

/** The JSON pointer of the user-config entry being applied. */
interface Progress {
  pointer: string;
}

function unknownProtocol(
  config: DeviceConfig,
  protocol: string,
  pointer: string,
  report: (i: ConfigIssue) => void,
): boolean {
  if (config.hasProtocol(protocol)) return false;
  report({ pointer, message: `unknown protocol "${protocol}"` });
  return true;
}

function applyV4(
  config: DeviceConfig,
  doc: UserDeviceConfigFile,
  report: (i: ConfigIssue) => void,
  log: Logger,
  file: string,
  progress: Progress,
): void {
  const user = doc.user_configs;
  if (!user) return;
  for (const [protocol, def] of Object.entries(user.protocols ?? {})) {
    if (!def) continue;
    const at = toPointer(["user_configs", "protocols", protocol]);
    progress.pointer = at;
    if (unknownProtocol(config, protocol, at, report)) continue;
    config.addCommunication(protocol, def.communication ?? []);
    for (const c of [...(def.configurations ?? []), ...(def.devices?.configurations ?? [])])
      config.addConfiguration(protocol, c);
    if (def.defaults) log.warn(`${file}: ${at}/defaults ignored (a user config cannot change protocol defaults)`);
  }
  (user.devices ?? []).forEach((entry, i) => {
    const at = ["user_configs", "devices", i];
    progress.pointer = toPointer(at);
    const result = userEntryV4(config, entry, at);
    if ("issue" in result) report(result.issue);
    else config.addUserDevice(result.override);
  });
}

type EntryResult = { override: UserDeviceOverride } | { issue: ConfigIssue };

function checkRange(user: StepRange, base: StepRange | undefined, pointer: string): ConfigIssue | undefined {
  if (!base) return { pointer, message: "the base feature has no such output" };
  if (user[0] > user[1] || user[0] < 0 || user[1] > base[1]) {
    return {
      pointer,
      message: `range [${user[0]}, ${user[1]}] is not inside [0, ${base[1]}] of the base configuration`,
    };
  }
  return undefined;
}

function userEntryV4(config: DeviceConfig, entry: UserDeviceEntry, at: (string | number)[]): EntryResult {
  const { identifier, config: def } = entry;
  const base = config.findBaseDefinition(def.base_id, identifier.protocol) ?? config.findBaseDefinition(def.base_id);
  if (!base)
    return {
      issue: {
        pointer: toPointer([...at, "config", "base_id"]),
        message: `base_id ${def.base_id} names no configuration of the device config`,
      },
    };
  if (def.features.length !== base.features.length) {
    return {
      issue: {
        pointer: toPointer([...at, "config", "features"]),
        message: `${def.features.length} features, but the base configuration "${base.name}" has ${base.features.length}`,
      },
    };
  }
  const featuresById = new Map<string, Record<string, UserOutputOverride>>();
  for (const [f, feature] of def.features.entries()) {
    const baseFeature = base.features.find((b) => b.id === feature.base_id);
    const fAt = [...at, "config", "features", f];
    if (!baseFeature)
      return {
        issue: {
          pointer: toPointer([...fAt, "base_id"]),
          message: `base_id ${feature.base_id} names no feature of "${base.name}"`,
        },
      };
    const outputs: Record<string, UserOutputOverride> = {};
    for (const [key, props] of Object.entries(feature.output ?? {})) {
      if (!props || !outputTypeOf(key)) continue;
      const baseOut = (baseFeature.output as Record<string, { value?: StepRange; duration?: StepRange }> | undefined)?.[
        key
      ];
      const p = props as UserOutputOverride;
      if (!baseOut)
        return {
          issue: { pointer: toPointer([...fAt, "output", key]), message: `the base feature has no ${key} output` },
        };
      if (p.value) {
        const bad = checkRange(p.value, baseOut.value, toPointer([...fAt, "output", key, "value"]));
        if (bad) return { issue: bad };
      }
      if (p.duration) {
        const bad = checkRange(p.duration, baseOut.duration, toPointer([...fAt, "output", key, "duration"]));
        if (bad) return { issue: bad };
      }
      outputs[key] = { value: p.value, duration: p.duration, disabled: p.disabled, reverse: p.reverse };
    }
    featuresById.set(baseFeature.id, outputs);
  }
  const u = def.user_config;
  return {
    override: {
      protocol: identifier.protocol,
      ...(identifier.identifier !== undefined ? { identifier: identifier.identifier } : {}),
      address: identifier.address,
      ...(u.display_name !== undefined ? { displayName: u.display_name } : {}),
      allow: u.allow,
      deny: u.deny,
      index: u.index,
      ...(u.message_gap_ms !== undefined ? { messageGapMs: u.message_gap_ms } : {}),
      baseId: base.id,
      featuresById,
      featuresByIndex: new Map(),
      source: toPointer(at),
    },
  };
}

function v2Bluetooth(spec: NonNullable<V2ProtocolSpecifiers["btle"]>): BluetoothLESpecifier {
  return {
    names: spec.names,
    ...(spec["manufacturer-data"]
      ? {
          manufacturer_data: spec["manufacturer-data"].map((m) => ({
            company: m.company,
            ...(m.data ? { data: m.data } : {}),
          })),
        }
      : {}),
    ...(spec["advertised-services"] ? { advertised_services: spec["advertised-services"] } : {}),
    services: spec.services ?? {},
  } as BluetoothLESpecifier;
}

function applyV2(
  config: DeviceConfig,
  doc: UserDeviceConfigFile,
  report: (i: ConfigIssue) => void,
  progress: Progress,
): void {
  const user = doc["user-configs"];
  if (!user) return;
  for (const [protocol, spec] of Object.entries(user.specifiers ?? {})) {
    if (!spec) continue;
    progress.pointer = toPointer(["user-configs", "specifiers", protocol]);
    if (unknownProtocol(config, protocol, progress.pointer, report)) continue;
    if (spec.btle) config.addBluetoothSpecifier(protocol, v2Bluetooth(spec.btle));
    const other: CommunicationSpecifier[] = [];
    if (spec.websocket) other.push({ websocket: { names: spec.websocket.names } });
    for (const s of spec.serial ?? []) {
      other.push({
        serial: {
          port: s.port,
          baud_rate: s["baud-rate"],
          data_bits: s["data-bits"],
          parity: s.parity,
          stop_bits: s["stop-bits"],
        },
      });
    }
    for (const kind of ["usb", "hid"] as const) {
      const pairs = spec[kind];
      if (pairs)
        other.push({
          [kind]: { pairs: pairs.map((p) => ({ vendor_id: p["vendor-id"], product_id: p["product-id"] })) },
        });
    }
    config.addCommunication(protocol, other);
  }
  (user.devices ?? []).forEach((entry, i) => {
    progress.pointer = toPointer(["user-configs", "devices", i]);
    const result = userEntryV2(config, entry, ["user-configs", "devices", i]);
    if ("issue" in result) report(result.issue);
    else config.addUserDevice(result.override);
  });
}

/** v2 per-message StepRange lists → output overrides by feature index (n-th entry ↔ n-th feature with that output). */
function v2Features(
  base: BaseDefinition,
  messages: NonNullable<V2UserDeviceEntry["config"]["messages"]>,
  at: (string | number)[],
): Map<number, Record<string, UserOutputOverride>> | ConfigIssue {
  const byIndex = new Map<number, Record<string, UserOutputOverride>>();
  const features = [...base.features].sort((a, b) => a.index - b.index);
  for (const [message, entries] of Object.entries(messages)) {
    const kinds = V2_MESSAGE_OUTPUTS[message];
    const used = new Set<number>();
    for (const [n, attrs] of (entries ?? []).entries()) {
      const pointer = toPointer([...at, "config", "messages", message, n]);
      const key = kinds === "actuator" ? V2_ACTUATOR_OUTPUTS[attrs.ActuatorType ?? "Vibrate"] : kinds[0];
      const feature = features.find((f) => !used.has(f.index) && f.output && key in f.output);
      if (!feature)
        return {
          pointer,
          message: `the base configuration "${base.name}" has no further feature with a ${key} output`,
        };
      used.add(feature.index);
      const baseValue = (feature.output as Record<string, { value?: StepRange }>)[key]?.value;
      const bad = checkRange(
        attrs.StepRange as StepRange,
        baseValue,
        toPointer([...at, "config", "messages", message, n, "StepRange"]),
      );
      if (bad) return bad;
      byIndex.set(feature.index, {
        ...(byIndex.get(feature.index) ?? {}),
        [key]: { value: attrs.StepRange as StepRange },
      });
    }
  }
  return byIndex;
}

function userEntryV2(config: DeviceConfig, entry: V2UserDeviceEntry, at: (string | number)[]): EntryResult {
  const { identifier, config: def } = entry;
  if (!config.hasProtocol(identifier.protocol)) {
    return {
      issue: {
        pointer: toPointer([...at, "identifier", "protocol"]),
        message: `unknown protocol "${identifier.protocol}"`,
      },
    };
  }
  let featuresByIndex = new Map<number, Record<string, UserOutputOverride>>();
  if (def.messages) {
    const base = config.baseDefinition(identifier.protocol, identifier.identifier);
    if (!base)
      return {
        issue: {
          pointer: toPointer([...at, "identifier"]),
          message: "no configuration of the device config matches this identifier",
        },
      };
    const result = v2Features(base, def.messages, at);
    if (!(result instanceof Map)) return { issue: result };
    featuresByIndex = result;
  }
  return {
    override: {
      protocol: identifier.protocol,
      ...(identifier.identifier !== undefined ? { identifier: identifier.identifier } : {}),
      address: identifier.address,
      ...(def["display-name"] !== undefined ? { displayName: def["display-name"] } : {}),
      allow: def.allow ?? false,
      deny: def.deny ?? false,
      ...(def.index !== undefined ? { index: def.index } : {}),
      featuresById: new Map(),
      featuresByIndex,
      source: toPointer(at),
    },
  };
}
