/**
 * The device configuration database after loading: the official protocols (built in or replaced),
 * extended by a user device-config file. Answers "which protocol is this device?" and "what does
 * this device look like?" (a DeviceDefinition with the v4 DeviceFeature view).
 */
import type {
  BluetoothLESpecifier,
  CommunicationSpecifier,
  ConfigFeature,
  ConfigInput,
  DeviceConfigFile,
  DeviceConfiguration,
  DeviceDefaults,
} from "../../../generated/device-config/types";
import type { inside } from "../../../generated";
import type { DefinedFeature, DeviceDefinition } from "../protocol";
import { manufacturerDataMatches, nameMatches, normalizeUuid, type ManufacturerData } from "./ble";
import { inputTypeOf, outputTypeOf } from "./feature-types";

/** How a device was matched to a protocol. */
export interface ProtocolMatch {
  protocol: string;
  via: "name" | "service" | "manufacturer" | "websocket" | "serial" | "hid";
}

/** A serial port a protocol's specifier names, with its line settings (config `serial`). */
export interface SerialPortSpecifier {
  protocol: string;
  /** As the OS names it: /dev/ttyUSB0, COM4. */
  port: string;
  baudRate: number;
  dataBits: number;
  parity: string;
  stopBits: number;
}

/** A USB HID vendor/product pair a protocol's specifier names (config `hid`). */
export interface HidSpecifier {
  protocol: string;
  vendorId: number;
  productId: number;
}

/** What a BLE advertisement offers for identification. */
export interface BluetoothAdvertisement {
  name: string;
  serviceUuids: string[];
  manufacturerData?: { company: number; data: ArrayLike<number> }[];
}

/** A BLE specifier with UUIDs in config spelling, ready for matching. */
interface BleSpecifier {
  names: string[];
  manufacturerData: ManufacturerData[];
  advertisedServices: Set<string>;
  services: Record<string, Record<string, string>>;
}

/** A base device definition: protocol defaults merged with one configuration. */
export interface BaseDefinition {
  protocol: string;
  /** Configuration identifier; undefined for the protocol defaults. */
  identifier?: string;
  /** The configuration's (or defaults') UUID, which user entries name as base_id. */
  id: string;
  name: string;
  protocolVariant?: string;
  messageGapMs?: number;
  features: ConfigFeature[];
}

/** A [low, high] range in hardware steps. */
export type StepRange = [number, number];

/** A user's narrowing / disabling of one output of one feature (config output key). */
export interface UserOutputOverride {
  value?: StepRange;
  duration?: StepRange;
  disabled?: boolean;
  reverse?: boolean;
}

/** Per-device settings from the user config, keyed by protocol / identifier / address. */
export interface UserDeviceOverride {
  protocol: string;
  identifier?: string;
  address: string;
  displayName?: string;
  allow: boolean;
  deny: boolean;
  index?: number;
  messageGapMs?: number;
  /** The base definition this entry customises (v4 layout); v2 entries follow the identifier. */
  baseId?: string;
  /** Output overrides by base feature id (v4 layout) … */
  featuresById: Map<string, Record<string, UserOutputOverride>>;
  /** … or by feature index (v2 layout, resolved against the base when loading). */
  featuresByIndex: Map<number, Record<string, UserOutputOverride>>;
  /** Where the entry is in its file, for log messages. */
  source: string;
}

/**
 * How a v4 output value becomes a hardware step, per feature and output: the base range of the
 * config, the user's narrowed range if any, reversal for positions. Hardware glue uses
 * `toHardwareValue` with it; the client only ever sees the DeviceFeature `Value` range.
 */
export interface OutputLimits {
  /** The config's range, e.g. [0, 20] or [-99, 99]. */
  base: StepRange;
  /** The user's narrowed range, inside [0, base high]. */
  user?: StepRange;
  reverse: boolean;
  /** HwPositionWithDuration only. */
  duration?: { base: StepRange; user?: StepRange };
}

/** A resolved definition plus what the hardware glue needs beyond the v4 view. */
export interface ResolvedDeviceDefinition extends DeviceDefinition {
  /** The configuration (or defaults) UUID this definition came from. */
  baseId: string;
  protocolVariant?: string;
  /** message_gap_ms from config or user config; undefined = use the transport's default. */
  configuredMessageGap?: number;
  /** Device index the user config reserves for this device. */
  index?: number;
  allow: boolean;
  deny: boolean;
  /**
   * What the client sees (DeviceList): outputs the user disabled are left out, ranges are the
   * user's narrowed ones, features left with neither output nor input are hidden. `features`
   * (what protocols get) keeps the whole hardware layout with the config's ranges, as the
   * reference keeps disabled outputs in its definition, marked disabled.
   */
  clientFeatures: DefinedFeature[];
  /** Outputs the user config disables, by FeatureIndex (present in `features`, absent from `clientFeatures`). */
  disabledOutputs: Map<number, Set<inside.OutputType>>;
  /** Output limits by FeatureIndex and v4 OutputType (disabled outputs are absent). */
  outputLimits: Map<number, Map<inside.OutputType, OutputLimits>>;
  /** feature_settings.alt_protocol_index by FeatureIndex, when the config gives one. */
  altProtocolIndex: Map<number, number>;
}

/** Client-visible range for a limit (reference RangeWithLimit.step_limit). */
export function stepLimit(base: StepRange, user?: StepRange): StepRange {
  const count = user ? user[1] - user[0] : base[1];
  return base[0] < 0 ? [-count, count] : [0, count];
}

/**
 * Hardware step for a v4 output value (reference calculate_scaled_value): the value is offset by
 * the low end of the active range (the user's, else [0, base high]); 0 is a stop and stays 0,
 * except for Position, which has no stop and is offset like any other position. Signed values
 * keep their sign. Reversed positions count down from the high end. undefined = out of range.
 */
export function toHardwareValue(limits: OutputLimits, type: inside.OutputType, value: number): number | undefined {
  if (!Number.isInteger(value)) return undefined;
  const range = limits.user ?? [0, limits.base[1]];
  const magnitude = Math.abs(value);
  const positional = type === "Position" || type === "HwPositionWithDuration";
  if (value === 0 && type !== "Position") return 0;
  if (positional && value < 0) return undefined;
  if (range[0] + magnitude > range[1]) return undefined;
  if (positional) return limits.reverse ? range[1] - magnitude : range[0] + magnitude;
  return (range[0] + magnitude) * Math.sign(value);
}

/** One protocol after loading. */
interface ProtocolEntry {
  name: string;
  ble: BleSpecifier[];
  websocketNames: string[];
  /** Specifiers of other transports (serial, usb, hid, xinput, …) kept as written. */
  other: CommunicationSpecifier[];
  defaults?: BaseDefinition;
  /** Configurations by identifier (defaults already merged in). */
  configurations: Map<string, BaseDefinition>;
}

function toBleSpecifier(spec: BluetoothLESpecifier): BleSpecifier {
  return {
    names: [...spec.names],
    manufacturerData: (spec.manufacturer_data ?? []).map((m) => ({ company: m.company, data: m.data })),
    advertisedServices: new Set((spec.advertised_services ?? []).map(normalizeUuid)),
    services: Object.fromEntries(
      Object.entries(spec.services ?? {}).map(([service, endpoints]) => [
        normalizeUuid(service),
        Object.fromEntries(Object.entries(endpoints as Record<string, string>).map(([e, c]) => [e, normalizeUuid(c)])),
      ]),
    ),
  };
}

/** Defaults merged with a configuration: the configuration wins field by field (reference update_with_configuration). */
export function mergeConfiguration(
  protocol: string,
  defaults: DeviceDefaults | undefined,
  config: DeviceConfiguration,
  identifier: string,
): BaseDefinition {
  return {
    protocol,
    identifier,
    id: config.id,
    name: config.name,
    protocolVariant: config.protocol_variant ?? defaults?.protocol_variant,
    messageGapMs: config.message_gap_ms ?? defaults?.message_gap_ms,
    features: config.features ?? defaults?.features ?? [],
  };
}

/** The loaded database. Build it with loadDeviceConfig(). */
export class DeviceConfig {
  private readonly protocols = new Map<string, ProtocolEntry>();
  private readonly users: UserDeviceOverride[] = [];

  constructor(
    /** Version of the main config file, e.g. { major: 4, minor: 189 }. */
    readonly version: { major: number; minor: number },
  ) {}

  /** Add every protocol of a validated main config document. */
  addProtocols(file: DeviceConfigFile): void {
    for (const [name, def] of Object.entries(file.protocols ?? {})) {
      if (!def) continue;
      const entry: ProtocolEntry = { name, ble: [], websocketNames: [], other: [], configurations: new Map() };
      this.protocols.set(name, entry);
      this.addCommunication(name, def.communication ?? []);
      if (def.defaults) {
        entry.defaults = {
          protocol: name,
          id: def.defaults.id,
          name: def.defaults.name,
          protocolVariant: def.defaults.protocol_variant,
          messageGapMs: def.defaults.message_gap_ms,
          features: def.defaults.features,
        };
      }
      for (const config of def.configurations ?? []) this.addConfiguration(name, config, def.defaults);
    }
  }

  /** Add a configuration (main or user config) under each of its identifiers. */
  addConfiguration(protocol: string, config: DeviceConfiguration, defaults?: DeviceDefaults): void {
    const entry = this.protocols.get(protocol);
    if (!entry) return;
    for (const identifier of config.identifier) {
      entry.configurations.set(
        identifier,
        mergeConfiguration(protocol, defaults ?? this.defaultsAsConfig(entry), config, identifier),
      );
    }
  }

  private defaultsAsConfig(entry: ProtocolEntry): DeviceDefaults | undefined {
    const d = entry.defaults;
    return (
      d && {
        id: d.id,
        name: d.name,
        protocol_variant: d.protocolVariant,
        message_gap_ms: d.messageGapMs,
        features: d.features,
      }
    );
  }

  /** Add communication specifiers (main or user config) to a known protocol. */
  addCommunication(protocol: string, specifiers: CommunicationSpecifier[]): void {
    const entry = this.protocols.get(protocol);
    if (!entry) return;
    for (const spec of specifiers) {
      if (spec.btle) entry.ble.push(toBleSpecifier(spec.btle));
      else if (spec.websocket) {
        if (spec.websocket.name !== undefined) entry.websocketNames.push(spec.websocket.name);
        // A loop, not push(...names): a spread of a user file's unbounded array overflows the stack.
        for (const name of spec.websocket.names ?? []) entry.websocketNames.push(name);
      } else entry.other.push(spec);
    }
  }

  /** Add a BLE specifier given in internal form (v2-layout user config). */
  addBluetoothSpecifier(protocol: string, spec: BluetoothLESpecifier): void {
    this.protocols.get(protocol)?.ble.push(toBleSpecifier(spec));
  }

  /** Add a user per-device entry (already checked against its base definition). */
  addUserDevice(entry: UserDeviceOverride): void {
    this.users.push(entry);
  }

  /** Whether the database has a protocol. */
  hasProtocol(protocol: string): boolean {
    return this.protocols.has(protocol);
  }

  /** Every protocol key, sorted. */
  protocolNames(): string[] {
    return [...this.protocols.keys()].sort();
  }

  /** Every base definition of a protocol (defaults first, then each configuration once). */
  baseDefinitions(protocol: string): BaseDefinition[] {
    const entry = this.protocols.get(protocol);
    if (!entry) return [];
    const seen = new Set<string>();
    const out: BaseDefinition[] = [];
    for (const def of [entry.defaults, ...entry.configurations.values()]) {
      if (def && !seen.has(def.id)) {
        seen.add(def.id);
        out.push(def);
      }
    }
    return out;
  }

  /** The base definition a user entry's base_id names, in any protocol. */
  findBaseDefinition(id: string, protocol?: string): BaseDefinition | undefined {
    const names = protocol ? [protocol] : [...this.protocols.keys()];
    for (const name of names) {
      const hit = this.baseDefinitions(name).find((d) => d.id === id);
      if (hit) return hit;
    }
    return undefined;
  }

  /** The base definition for a protocol and identifier: the matching configuration, else the defaults. */
  baseDefinition(protocol: string, identifier: string | undefined): BaseDefinition | undefined {
    const entry = this.protocols.get(protocol);
    if (!entry) return undefined;
    return (identifier !== undefined ? entry.configurations.get(identifier) : undefined) ?? entry.defaults;
  }

  /**
   * Protocols whose BLE specifiers match an advertisement, best evidence first: exact names, then
   * wildcard names, then manufacturer data, then advertised services. A protocol appears once.
   */
  matchBluetooth(adv: BluetoothAdvertisement): ProtocolMatch[] {
    const services = new Set(adv.serviceUuids.map(normalizeUuid));
    const ranked: { rank: number; match: ProtocolMatch }[] = [];
    for (const entry of this.protocols.values()) {
      let best: { rank: number; via: ProtocolMatch["via"] } | undefined;
      const offer = (rank: number, via: ProtocolMatch["via"]) => {
        if (!best || rank < best.rank) best = { rank, via };
      };
      for (const spec of entry.ble) {
        if (adv.name) {
          for (const pattern of spec.names) {
            const how = nameMatches(pattern, adv.name);
            if (how) offer(how === "exact" ? 0 : 1, "name");
          }
        }
        if (spec.manufacturerData.length && adv.manufacturerData?.length) {
          if (spec.manufacturerData.some((c) => adv.manufacturerData!.some((a) => manufacturerDataMatches(c, a))))
            offer(2, "manufacturer");
        }
        for (const s of services) if (spec.advertisedServices.has(s)) offer(3, "service");
      }
      if (best) ranked.push({ rank: best.rank, match: { protocol: entry.name, via: best.via } });
    }
    ranked.sort(
      (a, b) =>
        a.rank - b.rank || (a.match.protocol < b.match.protocol ? -1 : a.match.protocol > b.match.protocol ? 1 : 0),
    );
    return ranked.map((r) => r.match);
  }

  /** The protocol a device-websocket identifier (exact name) belongs to. */
  matchWebsocket(identifier: string): ProtocolMatch | undefined {
    for (const entry of this.protocols.values()) {
      if (entry.websocketNames.includes(identifier)) return { protocol: entry.name, via: "websocket" };
    }
    return undefined;
  }

  /** Every websocket name the configuration knows, with its protocol. */
  websocketNames(): { name: string; protocol: string }[] {
    const out: { name: string; protocol: string }[] = [];
    for (const entry of this.protocols.values())
      for (const name of entry.websocketNames) out.push({ name, protocol: entry.name });
    return out;
  }

  /** BLE: service UUID → endpoint name → characteristic UUID, for a protocol (every specifier merged). */
  bluetoothServices(protocol: string): Record<string, Record<string, string>> {
    const out: Record<string, Record<string, string>> = {};
    for (const spec of this.protocols.get(protocol)?.ble ?? []) {
      for (const [service, endpoints] of Object.entries(spec.services))
        out[service] = { ...(out[service] ?? {}), ...endpoints };
    }
    return out;
  }

  /** Specifiers of transports bpkit does not drive itself (serial, usb, hid, xinput, …). */
  otherSpecifiers(protocol: string): CommunicationSpecifier[] {
    return [...(this.protocols.get(protocol)?.other ?? [])];
  }

  /**
   * Serial ports specifiers name, user config first (a user entry for a port overrides the
   * official one). The official config's "default" port is a placeholder: users name the real
   * port (`/dev/ttyUSB0`, `COM4`) in their user config, as Intiface's docs tell them.
   */
  serialPorts(): SerialPortSpecifier[] {
    const out: SerialPortSpecifier[] = [];
    for (const entry of this.protocols.values()) {
      for (const spec of entry.other) {
        const serial = spec.serial;
        if (!serial || serial.port === "default") continue;
        out.push({
          protocol: entry.name,
          port: serial.port,
          baudRate: serial.baud_rate,
          dataBits: serial.data_bits,
          parity: serial.parity,
          stopBits: serial.stop_bits,
        });
      }
    }
    // Later specifiers (user config) win for the same port.
    const byPort = new Map<string, SerialPortSpecifier>();
    for (const spec of out) byPort.set(spec.port, spec);
    return [...byPort.values()];
  }

  /** The protocol whose serial specifier names this port (reference: serial specifiers are equal by port). */
  matchSerial(port: string): SerialPortSpecifier | undefined {
    return this.serialPorts().find((spec) => spec.port === port);
  }

  /** Every HID vendor/product pair the configuration knows, with its protocol. */
  hidDevices(): HidSpecifier[] {
    return this.usbIdPairs("hid");
  }

  /** Every raw USB vendor/product pair the configuration knows (`usb` specifiers), with its protocol. */
  usbDevices(): HidSpecifier[] {
    return this.usbIdPairs("usb");
  }

  private usbIdPairs(kind: "hid" | "usb"): HidSpecifier[] {
    const out: HidSpecifier[] = [];
    for (const entry of this.protocols.values()) {
      for (const spec of entry.other) {
        for (const pair of spec[kind]?.pairs ?? [])
          out.push({ protocol: entry.name, vendorId: pair.vendor_id, productId: pair.product_id });
      }
    }
    return out;
  }

  /** Every BLE service UUID any protocol uses (to scan for, or to request access to). */
  allBluetoothServices(): string[] {
    const all = new Set<string>();
    for (const entry of this.protocols.values()) {
      for (const spec of entry.ble) {
        for (const s of Object.keys(spec.services)) all.add(s);
        for (const s of spec.advertisedServices) all.add(s);
      }
    }
    return [...all].sort();
  }

  /** The user entry for a device: exact protocol/identifier/address, else one without identifier. */
  userDevice(protocol: string, identifier: string | undefined, address: string): UserDeviceOverride | undefined {
    const same = this.users.filter((u) => u.protocol === protocol && u.address === address);
    return same.find((u) => u.identifier === identifier) ?? same.find((u) => u.identifier === undefined);
  }

  /** Every user per-device entry. */
  userDevices(): readonly UserDeviceOverride[] {
    return this.users;
  }

  /**
   * Whether a device may connect (reference address_allowed): denied if a user entry for its
   * address denies it; when any entry allows a device, only allowed devices may connect.
   * `protocol` narrows the check to that protocol's entries when known; the identifier is not
   * used, so a deny holds whichever configuration the device reports.
   */
  isAllowed(protocol: string | undefined, _identifier: string | undefined, address: string): boolean {
    const forAddress = this.users.filter(
      (u) => u.address === address && (protocol === undefined || u.protocol === protocol),
    );
    if (forAddress.some((u) => u.deny)) return false;
    if (this.users.some((u) => u.allow)) return forAddress.some((u) => u.allow);
    return true;
  }

  /** The device index the user config reserves for a device, if any. */
  deviceIndex(protocol: string, identifier: string | undefined, address: string): number | undefined {
    return this.userDevice(protocol, identifier, address)?.index;
  }

  /** Indices reserved by user entries (new devices should not take them). */
  reservedIndices(): Set<number> {
    return new Set(this.users.flatMap((u) => (u.index === undefined ? [] : [u.index])));
  }

  /**
   * Defaults + configuration (chosen by identifier: what the protocol's identification reports, or
   * the advertised name for protocols identified by name) + user overrides for this address.
   * undefined when the protocol is unknown or has neither a matching configuration nor defaults.
   */
  resolveDefinition(
    protocol: string,
    identifier: string | undefined,
    address: string,
  ): ResolvedDeviceDefinition | undefined {
    const user = this.userDevice(protocol, identifier, address);
    const fromUser = user?.baseId !== undefined ? this.findBaseDefinition(user.baseId, protocol) : undefined;
    const base = fromUser ?? this.baseDefinition(protocol, identifier);
    if (!base) return undefined;
    return buildDefinition(base, user);
  }
}

function range(value: unknown): StepRange | undefined {
  return Array.isArray(value) && value.length === 2 ? [Number(value[0]), Number(value[1])] : undefined;
}

/**
 * Turn a base definition (+ user entry) into the hardware layout (every feature and output with
 * the config's ranges, for protocols), the client's view (disabled outputs hidden, narrowed
 * ranges) and the limits that map one onto the other.
 */
export function buildDefinition(base: BaseDefinition, user: UserDeviceOverride | undefined): ResolvedDeviceDefinition {
  const features: DefinedFeature[] = [];
  const clientFeatures: DefinedFeature[] = [];
  const disabledOutputs = new Map<number, Set<inside.OutputType>>();
  const outputLimits = new Map<number, Map<inside.OutputType, OutputLimits>>();
  const altProtocolIndex = new Map<number, number>();
  const sorted = [...base.features].sort((a, b) => a.index - b.index);
  for (const feature of sorted) {
    const overrides = user?.featuresById.get(feature.id) ?? user?.featuresByIndex.get(feature.index) ?? {};
    type OutputEntry = { Value: StepRange; Duration?: StepRange };
    const hardwareOutput: Record<string, OutputEntry> = {};
    const clientOutput: Record<string, OutputEntry> = {};
    const limits = new Map<inside.OutputType, OutputLimits>();
    const disabled = new Set<inside.OutputType>();
    for (const [key, props] of Object.entries(feature.output ?? {})) {
      const type = outputTypeOf(key);
      const baseRange = range((props as { value?: unknown }).value);
      if (!type || !baseRange) continue;
      const durationRange = range((props as { duration?: unknown }).duration);
      hardwareOutput[type] = durationRange ? { Value: baseRange, Duration: durationRange } : { Value: baseRange };
      const o = overrides[key] ?? {};
      if (o.disabled) {
        disabled.add(type);
        continue;
      }
      const limit: OutputLimits = { base: baseRange, user: o.value, reverse: o.reverse ?? false };
      const entry: OutputEntry = { Value: stepLimit(baseRange, o.value) };
      if (durationRange) {
        limit.duration = { base: durationRange, user: o.duration };
        entry.Duration = stepLimit(durationRange, o.duration);
      }
      clientOutput[type] = entry;
      limits.set(type, limit);
    }
    const input: Record<string, { Value: StepRange[]; Command: string[] }> = {};
    for (const [key, props] of Object.entries(feature.input ?? {}) as [string, ConfigInput | undefined][]) {
      const type = inputTypeOf(key);
      if (!type || !props) continue;
      input[type] = { Value: props.value.map((r): StepRange => [r[0], r[1]]), Command: [...props.command] };
    }
    const hasInput = Object.keys(input).length > 0;
    const defined = (output: Record<string, OutputEntry>): DefinedFeature =>
      ({
        FeatureIndex: feature.index,
        FeatureDescription: feature.description ?? "",
        ...(Object.keys(output).length ? { Output: output } : {}),
        ...(hasInput ? { Input: structuredClone(input) } : {}),
        id: feature.id,
      }) as DefinedFeature;
    features.push(defined(hardwareOutput));
    // The reference's DeviceList leaves out features with neither output nor input.
    if (Object.keys(clientOutput).length || hasInput) clientFeatures.push(defined(clientOutput));
    if (disabled.size) disabledOutputs.set(feature.index, disabled);
    if (limits.size) outputLimits.set(feature.index, limits);
    const alt = feature.feature_settings?.alt_protocol_index;
    if (alt !== undefined) altProtocolIndex.set(feature.index, alt);
  }
  const configuredMessageGap = user?.messageGapMs ?? base.messageGapMs;
  return {
    protocol: base.protocol,
    name: base.name,
    ...(base.identifier !== undefined ? { identifier: base.identifier } : {}),
    ...(user?.displayName !== undefined ? { displayName: user.displayName } : {}),
    messageTimingGap: configuredMessageGap ?? 0,
    features,
    clientFeatures,
    disabledOutputs,
    baseId: base.id,
    ...(base.protocolVariant !== undefined ? { protocolVariant: base.protocolVariant } : {}),
    ...(configuredMessageGap !== undefined ? { configuredMessageGap } : {}),
    ...(user?.index !== undefined ? { index: user.index } : {}),
    allow: user?.allow ?? false,
    deny: user?.deny ?? false,
    outputLimits,
    altProtocolIndex,
  };
}
