/**
 * Simulated devices: the catalog (`bpkit simulate --list`), the user device-config fragment that
 * registers their websocket identifiers (the reference's way of letting WSDM devices identify),
 * and the websocket client that connects one to a device websocket server.
 */
import { WebSocket } from "ws";
import type { SimulatedDevice } from "./device";
import { SimulatedLaunch } from "./kiiroo-v2";
import { LUSH, NORA, SimulatedLovense } from "./lovense";
import { SimulatedTCode } from "./tcode";
import { SimulatedWeVibe } from "./wevibe";

export type { SimulatedDevice } from "./device";

/** One kind of simulated device. */
export interface SimulatedKind {
  /** What it is, for --list. */
  summary: string;
  protocol: string;
  /** Websocket handshake identifier; a `websocket` name of `protocol` in the fragment below. */
  identifier: string;
  create(address: string): SimulatedDevice;
}

/** Every simulated device bpkit has, by name. */
export const SIMULATED_DEVICES: Readonly<Record<string, SimulatedKind>> = {
  lush: {
    summary: 'Lovense Lush: vibrator 0–20, battery ("DeviceType;" → S:11:…)',
    protocol: "lovense",
    identifier: "LVS-S001",
    create: (address) => new SimulatedLovense(LUSH, "LVS-S001", address),
  },
  nora: {
    summary: "Lovense Nora: vibrator 0–20 + rotator 0–20 with direction toggle, battery (A:11:…)",
    protocol: "lovense",
    identifier: "LVS-A001",
    create: (address) => new SimulatedLovense(NORA, "LVS-A001", address),
  },
  wevibe: {
    summary: "WeVibe Sync: two motors 0–15 in one 8-byte frame",
    protocol: "wevibe",
    identifier: "Sync",
    create: (address) => new SimulatedWeVibe("Sync", address),
  },
  stroker: {
    summary: "TCode v0.3 stroker (OSR2-style linear axis): L0<pos>I<ms> moves",
    protocol: "tcode-v03",
    identifier: "bpkit-tcode-stroker",
    create: (address) => new SimulatedTCode("bpkit-tcode-stroker", address),
  },
  launch: {
    summary: "Fleshlight Launch (kiiroo-v2): [position, speed] strokes",
    protocol: "kiiroo-v2",
    identifier: "Launch",
    create: (address) => new SimulatedLaunch("Launch", address),
  },
};

/**
 * Protocol names usable in place of a device name (`bpkit simulate lovense`): each stands for the
 * first simulated device of that protocol.
 */
export const SIMULATED_PROTOCOL_ALIASES: Readonly<Record<string, string>> = Object.entries(SIMULATED_DEVICES).reduce<
  Record<string, string>
>(
  (aliases, [name, kind]) => {
    aliases[kind.protocol] ??= name;
    return aliases;
  },
  // "tcode": the protocol's own name (the config says tcode-v03), as users say it.
  { tcode: "stroker" },
);

/** The simulated device a name stands for: a device name, else a protocol alias; undefined if neither. */
export function resolveSimulatedName(name: string): string | undefined {
  if (Object.hasOwn(SIMULATED_DEVICES, name)) return name;
  return Object.hasOwn(SIMULATED_PROTOCOL_ALIASES, name) ? SIMULATED_PROTOCOL_ALIASES[name] : undefined;
}

/** What "default" (a bare `bpkit serve --simulate`) stands for. */
export const DEFAULT_SIMULATED_DEVICES: readonly string[] = ["lush", "nora", "wevibe", "stroker", "launch"];

/**
 * Create simulated devices by name or protocol alias ("default" = DEFAULT_SIMULATED_DEVICES), with
 * distinct addresses (`<addressPrefix>-LUSH-1`, …); throws naming an unknown name.
 */
export function createSimulatedDevices(names: readonly string[], addressPrefix = "SIM"): SimulatedDevice[] {
  const counts = new Map<string, number>();
  return names
    .flatMap((n) => (n === "default" ? DEFAULT_SIMULATED_DEVICES : [n]))
    .map((given) => {
      const name = resolveSimulatedName(given);
      if (!name) {
        throw new Error(
          `unknown simulated device "${given}" (known: ${Object.keys(SIMULATED_DEVICES).join(", ")}, default; protocols: ${Object.keys(SIMULATED_PROTOCOL_ALIASES).join(", ")})`,
        );
      }
      const kind = SIMULATED_DEVICES[name]!;
      const n = (counts.get(name) ?? 0) + 1;
      counts.set(name, n);
      return kind.create(`${addressPrefix}-${name.toUpperCase()}-${n}`);
    });
}

/**
 * A user device-config (v4 layout) adding the simulated identifiers as websocket names of their
 * protocols. Also usable with the reference server (`--user-device-config-file`).
 */
export function simulatedUserConfig(): {
  version: { major: number; minor: number };
  user_configs: { protocols: Record<string, { communication: { websocket: { name: string } }[] }> };
} {
  const protocols: Record<string, { communication: { websocket: { name: string } }[] }> = {};
  for (const kind of Object.values(SIMULATED_DEVICES)) {
    protocols[kind.protocol] ??= { communication: [] };
    protocols[kind.protocol].communication.push({ websocket: { name: kind.identifier } });
  }
  return { version: { major: 4, minor: 0 }, user_configs: { protocols } };
}

/** A simulated device connected to a device websocket server. */
export interface SimulatedConnection {
  readonly device: SimulatedDevice;
  /** Resolves when the socket closes, with the server's close code and reason. */
  readonly closed: Promise<{ code: number; reason: string }>;
  close(): Promise<void>;
}

/**
 * Connect a simulated device to a WSDM (`ws://127.0.0.1:54817`): send the handshake, then feed it
 * every binary frame and send back its answers. Rejects if the connection cannot be opened.
 */
export function connectSimulatedDevice(device: SimulatedDevice, url: string): Promise<SimulatedConnection> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url);
    const closed = new Promise<{ code: number; reason: string }>((done) =>
      socket.on("close", (code, reason) => done({ code, reason: reason.toString() })),
    );
    socket.on("message", (data) => {
      const bytes = Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data as ArrayBuffer);
      for (const reply of device.receive(new Uint8Array(bytes))) {
        if (socket.readyState === WebSocket.OPEN) socket.send(reply, { binary: true });
      }
    });
    socket.once("error", (error) =>
      reject(new Error(`simulated ${device.kind}: cannot connect to ${url}: ${error.message}`)),
    );
    socket.once("open", () => {
      socket.on("error", () => undefined);
      socket.send(JSON.stringify({ identifier: device.identifier, address: device.address, version: 0 }));
      resolve({
        device,
        closed,
        close: async () => {
          if (socket.readyState === WebSocket.CLOSED) return;
          socket.close(1000, "simulated device closed");
          await closed;
        },
      });
    });
  });
}
