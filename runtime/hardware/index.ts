/**
 * Hardware entry point (docs/internals.md §5): builds the device sources `bpkit serve` hands to
 * the server from its hardware flags — BLE (noble), the device websocket server, and simulated
 * devices attached to it in-process.
 */
import type { Logger } from "../log";
import type { DeviceSource } from "../server/device";
import { BluetoothManager } from "./comm/bluetooth";
import {
  connectSimulatedDevice,
  createSimulatedDevices,
  DEFAULT_SIMULATED_DEVICES,
  SIMULATED_DEVICES,
  simulatedUserConfig,
  type SimulatedConnection,
} from "./comm/simulated";
import { HidManager } from "./comm/hid";
import { UsbManager } from "./comm/usb";
import { LOVENSE_CONNECT_NEEDS_ADDRESS, LovenseConnectManager } from "./comm/lovense-connect";
import { hidDongleFinder, LovenseDongleManager, serialDongleFinder } from "./comm/lovense-dongle";
import { SerialPortManager } from "./comm/serial";
import { DEFAULT_DEVICE_WEBSOCKET_PORT, WebsocketDeviceManager } from "./comm/websocket";
import { applyUserConfigFile, loadDeviceConfig, type DeviceConfig } from "./config";
import { getProtocol } from "./protocols";

export { HardwareDevice } from "./hardware-device";
export { BluetoothManager } from "./comm/bluetooth";
export { WebsocketDeviceManager, DEFAULT_DEVICE_WEBSOCKET_PORT } from "./comm/websocket";
export { SerialPortManager } from "./comm/serial";
export { LovenseDongleManager } from "./comm/lovense-dongle";
export { HidManager } from "./comm/hid";
export { UsbManager } from "./comm/usb";
export { LovenseConnectManager } from "./comm/lovense-connect";
export {
  resolveSimulatedName,
  SIMULATED_DEVICES,
  SIMULATED_PROTOCOL_ALIASES,
  simulatedUserConfig,
} from "./comm/simulated";

/** The hardware flags of `bpkit serve` (Intiface Engine's names). */
export interface HardwareOptions {
  deviceConfigFile?: string;
  userDeviceConfigFile?: string;
  /** BLE through noble, loaded lazily; a warning if unavailable. Default true. */
  useBluetooth: boolean;
  /** Serial port devices (`--use-serial`) through `serialport`, loaded lazily. Default false, as in Intiface Engine. */
  useSerial?: boolean;
  /** HID devices (`--use-hid`: Joy-Con, …) through node-hid, loaded lazily. Default false. */
  useHid?: boolean;
  /** Raw USB devices (`--use-usb`, bpkit's own flag: Rez TranceVibrator) through `usb`, loaded lazily. Default false. */
  useUsb?: boolean;
  /** The Lovense Connect app's local HTTP API (`--use-lovense-connect`). Default false, as in Intiface. */
  useLovenseConnect?: boolean;
  /** Where the app listens (`--lovense-connect-address`, http://ip:port); none: a warning, no Lovense Connect. */
  lovenseConnectHosts?: string[];
  /** Lovense USB dongle, serial variant (`--use-lovense-dongle-serial`). Default false. */
  useLovenseDongleSerial?: boolean;
  /** Lovense USB dongle, HID variant (`--use-lovense-dongle-hid`, node-hid loaded lazily). Default false. */
  useLovenseDongleHid?: boolean;
  useDeviceWebsocketServer: boolean;
  /** Default 54817. */
  deviceWebsocketServerPort: number;
  /** Bind 0.0.0.0 instead of 127.0.0.1. */
  websocketUseAllInterfaces: boolean;
  /** Simulated devices to attach ([] = none); starts the device websocket server if needed. */
  simulate: string[];
}

/** Defaults for HardwareOptions. */
export const DEFAULT_HARDWARE_OPTIONS: HardwareOptions = {
  useBluetooth: true,
  useSerial: false,
  useDeviceWebsocketServer: false,
  deviceWebsocketServerPort: DEFAULT_DEVICE_WEBSOCKET_PORT,
  websocketUseAllInterfaces: false,
  simulate: [],
};

const simulatedBySource = new WeakMap<DeviceSource, SimulatedConnection[]>();

/** The in-process simulated devices attached to a source created here (live state for tests/UIs). */
export function simulatedDevicesOf(source: DeviceSource): readonly SimulatedConnection[] {
  return simulatedBySource.get(source) ?? [];
}

/**
 * Register the simulated devices' websocket identifiers (the built-in user-config fragment), for
 * protocols the loaded device config has.
 */
export function addSimulatedWebsocketNames(config: DeviceConfig, log: Logger): void {
  const fragment = simulatedUserConfig();
  for (const protocol of Object.keys(fragment.user_configs.protocols)) {
    if (!config.hasProtocol(protocol)) delete fragment.user_configs.protocols[protocol];
  }
  applyUserConfigFile(config, "<bpkit simulated devices>", log, JSON.stringify(fragment));
}

/** Create the device sources for these options. Throws on an unknown simulated device name or a port in use. */
export async function createDeviceSources(options: HardwareOptions, log: Logger): Promise<DeviceSource[]> {
  const hwLog = log.child("hardware");
  // "default": the simulated devices whose protocol bpkit implements. Names are checked before binding anything.
  const names = options.simulate.flatMap((name) =>
    name === "default" ? DEFAULT_SIMULATED_DEVICES.filter((n) => getProtocol(SIMULATED_DEVICES[n]!.protocol)) : [name],
  );
  const simulated = createSimulatedDevices(names);
  const config = loadDeviceConfig({
    ...(options.deviceConfigFile ? { deviceConfigFile: options.deviceConfigFile } : {}),
    ...(options.userDeviceConfigFile ? { userDeviceConfigFile: options.userDeviceConfigFile } : {}),
    log: hwLog.child("config"),
  });
  const context = { config, getProtocol, log: hwLog };
  const sources: DeviceSource[] = [];
  if (options.useBluetooth) sources.push(new BluetoothManager(context));
  if (options.useSerial) sources.push(new SerialPortManager(context));
  if (options.useHid) sources.push(new HidManager(context));
  if (options.useUsb) sources.push(new UsbManager(context));
  if (options.useLovenseConnect) {
    const hosts = options.lovenseConnectHosts ?? [];
    if (hosts.length > 0) sources.push(new LovenseConnectManager({ ...context, hosts }));
    else hwLog.warn(LOVENSE_CONNECT_NEEDS_ADDRESS);
  }
  if (options.useLovenseDongleSerial)
    sources.push(new LovenseDongleManager({ ...context, name: "lovense-dongle-serial", find: serialDongleFinder() }));
  if (options.useLovenseDongleHid)
    sources.push(new LovenseDongleManager({ ...context, name: "lovense-dongle-hid", find: hidDongleFinder() }));

  if (options.useDeviceWebsocketServer || simulated.length > 0) {
    addSimulatedWebsocketNames(config, hwLog.child("config"));
    const wsdm = new WebsocketDeviceManager({
      ...context,
      // Only simulated devices: they are in-process, so any free port will do.
      port: options.useDeviceWebsocketServer ? options.deviceWebsocketServerPort : 0,
      useAllInterfaces: options.websocketUseAllInterfaces,
    });
    const port = await wsdm.listen();
    sources.push(wsdm);
    if (simulated.length > 0) {
      const connections = await Promise.all(
        simulated.map((device) => connectSimulatedDevice(device, `ws://127.0.0.1:${port}`)),
      );
      simulatedBySource.set(wsdm, connections);
      wsdm.addShutdownHook(() => Promise.all(connections.map((c) => c.close())).then(() => undefined));
      hwLog.info(`simulated devices attached: ${simulated.map((d) => d.kind).join(", ")}`);
    }
  }
  return sources;
}
