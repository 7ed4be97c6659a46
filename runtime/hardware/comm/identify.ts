/**
 * What every comm manager does once it has a link and knows the protocol: identify the
 * configuration, resolve the definition, create and initialize the handler, wrap it in a
 * HardwareDevice. Also the slice of DeviceConfig the comm managers rely on.
 */
import { logSafe, type Logger } from "../../log";
import { HardwareDevice, type HardwareDefinition } from "../hardware-device";
import type { HidSpecifier, SerialPortSpecifier } from "../config/device-config";
import type { Protocol } from "../protocol";
import type { Clock } from "../timing-gap";
import type { DeviceLink } from "./link";
import { errorText } from "../../errors";

export type { HidSpecifier, SerialPortSpecifier };

/** How a device matched a protocol (runtime/hardware/config, docs/internals.md §5). */
export interface ProtocolMatch {
  protocol: string;
  via: "name" | "service" | "manufacturer" | "websocket" | "serial" | "hid";
}

/** A BLE advertisement as the device config matches it. */
export interface Advertisement {
  name: string;
  serviceUuids: string[];
  manufacturerData?: { company: number; data: number[] }[];
}

/**
 * What comm managers use of a resolved definition (config's ResolvedDeviceDefinition is one):
 * the hardware layout, the client view and output limits, and whether the config set a message gap.
 */
export type IdentifiedDefinition = HardwareDefinition & {
  /** message_gap_ms from config or user config; undefined = the transport's default applies. */
  configuredMessageGap?: number;
};

/** The DeviceConfig methods comm managers use (runtime/hardware/config's DeviceConfig satisfies it). */
export interface IdentifyingConfig {
  matchBluetooth(adv: Advertisement): ProtocolMatch[];
  matchWebsocket(identifier: string): ProtocolMatch | undefined;
  resolveDefinition(
    protocol: string,
    identifier: string | undefined,
    address: string,
  ): IdentifiedDefinition | undefined;
  bluetoothServices(protocol: string): Record<string, Record<string, string>>;
  isAllowed?(protocol: string, identifier: string | undefined, address: string): boolean;
  /** Serial ports the config and user config name (serial comm manager). */
  serialPorts?(): SerialPortSpecifier[];
  /** HID vendor/product pairs of every protocol (HID comm manager). */
  hidDevices?(): HidSpecifier[];
  /** Raw USB vendor/product pairs of every protocol (USB comm manager). */
  usbDevices?(): HidSpecifier[];
  /** DeviceIndex values the user config reserves (new devices skip them). */
  reservedIndices?(): Iterable<number>;
}

/** Finds the implementation of a device-config protocol key (runtime/hardware/protocols). */
export type ProtocolLookup = (name: string) => Protocol | undefined;

/** What a comm manager needs to turn links into devices. */
export interface CommContext {
  config: IdentifyingConfig;
  getProtocol: ProtocolLookup;
  log: Logger;
  clock?: Clock;
}

/**
 * Build a ready HardwareDevice on `link` for a matched protocol, or log why not and close the
 * link (unimplemented protocol, unknown configuration, denied device, failing handshake).
 * A device whose protocol repeats its last packet as a keepalive is stopped once right after
 * initialization, as the reference does (device_handle.rs: RepeatLastPacketStrategyWithTiming only),
 * so the packet it repeats is a stop.
 */
export async function createHardwareDevice(
  link: DeviceLink,
  matchedProtocol: string,
  context: CommContext,
  /** The transport's DeviceMessageTimingGap when the config sets none (reference: BLE 75 ms, websocket none). */
  defaultMessageGapMs = 0,
): Promise<HardwareDevice | undefined> {
  const { config, log } = context;
  let protocolName = matchedProtocol;
  const who = `"${logSafe(link.name)}" (${logSafe(link.address)})`;
  const giveUp = async (level: "warn" | "info", message: string) => {
    log[level](message);
    await link.disconnect().catch(() => undefined);
    return undefined;
  };
  let protocol = context.getProtocol(protocolName);
  if (!protocol) {
    return giveUp(
      "warn",
      `device ${who} uses protocol "${protocolName}", which bpkit does not implement yet; skipping it`,
    );
  }
  try {
    // Without an identify step the configuration is found by the announced name (BLE name,
    // websocket identifier), as the device config lists them.
    const identifier = protocol.identify ? await protocol.identify(link) : link.name;
    const redirected = protocol.redirect?.(identifier);
    if (redirected && redirected !== protocolName) {
      const target = context.getProtocol(redirected);
      if (!target)
        return giveUp(
          "warn",
          `device ${who} (${protocolName} "${identifier ?? ""}") belongs to protocol "${redirected}", which bpkit does not implement yet; skipping it`,
        );
      log.debug(`device ${who}: ${protocolName} identifier "${identifier ?? ""}" is driven by ${redirected}`);
      protocolName = redirected;
      protocol = target;
    }
    if (config.isAllowed && !config.isAllowed(protocolName, identifier, link.address)) {
      return giveUp("info", `device ${who} (${protocolName}) is not allowed by the user device config; skipping it`);
    }
    let definition = config.resolveDefinition(protocolName, identifier, link.address);
    if (!definition) {
      return giveUp(
        "warn",
        `device ${who}: no ${protocolName} definition for identifier "${identifier ?? ""}"; skipping it`,
      );
    }
    if (definition.configuredMessageGap === undefined && definition.messageTimingGap === 0 && defaultMessageGapMs > 0) {
      definition = { ...definition, messageTimingGap: defaultMessageGapMs };
    }
    const handler = protocol.create(definition);
    await handler.initialize?.(link);
    if (!link.connected) return giveUp("warn", `device ${who} disconnected during initialization`);
    log.info(`device ${who} identified as ${definition.name} (${protocolName}${identifier ? ` ${identifier}` : ""})`);
    const device = new HardwareDevice({
      definition,
      handler,
      link,
      log,
      ...(context.clock ? { clock: context.clock } : {}),
    });
    if (handler.keepalive?.()?.repeatsLastPacket) {
      try {
        await device.stop({ inputs: false });
      } catch (error) {
        return giveUp(
          "warn",
          `device ${who} (${protocolName}): cannot set up its keepalive: stop failed: ${errorText(error)}`,
        );
      }
    }
    return device;
  } catch (error) {
    return giveUp("warn", `device ${who} (${protocolName}) failed to initialize: ${errorText(error)}`);
  }
}
