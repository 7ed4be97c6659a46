/**
 * `bpkit dev protocol-table [--check]`: write docs/protocols.md, the table of every protocol of
 * the built-in device-config file, whether bpkit implements it (a file
 * runtime/hardware/protocols/<protocol>.ts), the transports its communication specifiers name and
 * how many of the reference server's device test cases for it pass.
 * --check fails when the committed table is stale.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { isMap, isScalar, isSeq, parseDocument } from "yaml";
import { loadDeviceConfig } from "../../runtime/hardware/config";
import type { HardwareLink } from "../../runtime/hardware/protocol";
import { getProtocol } from "../../runtime/hardware/protocols";
import { Logger } from "../../runtime/log";
import { type CommandSpec, parseOrExit, switchFlag } from "../args";
import { PACKAGE_ROOT } from "../paths";

export const PROTOCOL_TABLE_COMMAND: CommandSpec = {
  command: "dev protocol-table",
  description: `Write docs/protocols.md: every protocol of the built-in device config, whether bpkit implements it (its
file in runtime/hardware/protocols/), its transports and devices, and how many of the reference's device
test cases pass at each spec version.`,
  flags: [{ name: "check", help: "write nothing; exit 1 when docs/protocols.md is stale" }],
};

const ROOT = PACKAGE_ROOT;
const CONFIG = join(ROOT, "runtime/hardware/device-config/buttplug-device-config-v4.json");
const PROTOCOLS_DIR = join(ROOT, "runtime/hardware/protocols");
const OUTPUT = join(ROOT, "docs/protocols.md");

/** What the table is built from. */
export interface ProtocolTableInput {
  version: { major: number; minor: number };
  /** Protocol key → device names (defaults and configurations). */
  protocols: Record<string, string[]>;
  /** File names in runtime/hardware/protocols/ (e.g. "lovense.ts"). */
  files: string[];
  /** Protocol key → the transport keys of its communication specifiers (btle, serial, hid, …). */
  transports?: Record<string, string[]>;
  /** Protocol key → spec version → how many of the reference's device cases for it bpkit replays there. */
  referenceCases?: Record<string, Record<string, number>>;
  /** Protocol key → how many of bpkit's own device cases (test/fixtures/device-cases) drive it. */
  ownCases?: Record<string, number>;
}

/** The vendored reference device cases (`bpkit dev import-device-cases`) and the versions bpkit replays them at. */
const REFERENCE_CASES = join(ROOT, "test/fixtures/reference-device-cases");
export const REPLAYED_VERSIONS = ["4", "3", "2", "1", "0"] as const;

/** What a case's first device announces, and the reads its initialization answers (in order). */
function caseDevice(text: string): {
  name?: string;
  /** bpkit's own cases of a serial, HID or websocket device name its protocol. */
  protocol?: string;
  /** bpkit's own cases: the advertisement's manufacturer data. */
  manufacturerData?: { company: number; data: number[] }[];
  expectedName?: string;
  reads: number[][];
  userConfig?: string;
  deviceConfig?: string;
} {
  const doc = parseDocument(text, { logLevel: "silent" });
  const plain = doc.toJS() as {
    devices?: {
      identifier?: { name?: string; protocol?: string; manufacturer_data?: { company: number; data: number[] }[] };
      expected_name?: string;
    }[];
    user_device_config_file?: string;
    device_config_file?: string;
  };
  const reads: number[][] = [];
  const visit = (node: unknown, underReads: boolean): void => {
    const tag = (node as { tag?: string } | null)?.tag;
    const inReads = underReads || tag === "!Reads";
    if (isSeq(node)) {
      for (const item of node.items) visit(item, inReads);
    } else if (isMap(node)) {
      const data = node.get("data");
      if (inReads && isSeq(data)) reads.push(data.items.map((i) => Number(isScalar(i) ? i.value : NaN)));
      else for (const pair of node.items) visit(pair.value, inReads);
    }
  };
  visit(doc.get("device_init", true), false);
  const device = plain.devices?.[0];
  return {
    reads,
    ...(device?.identifier?.name !== undefined ? { name: device.identifier.name } : {}),
    ...(device?.identifier?.protocol !== undefined ? { protocol: device.identifier.protocol } : {}),
    ...(device?.identifier?.manufacturer_data ? { manufacturerData: device.identifier.manufacturer_data } : {}),
    ...(device?.expected_name !== undefined ? { expectedName: device.expected_name } : {}),
    ...(plain.user_device_config_file ? { userConfig: plain.user_device_config_file } : {}),
    ...(plain.device_config_file ? { deviceConfig: plain.device_config_file } : {}),
  };
}

/**
 * The protocol a reference device case drives: the one its config (the built-in one, or the
 * case's own config files) matches for its first device's BLE name, followed through the
 * protocol's redirect (hismith → hismith-mini by the model the case's reads answer).
 * test/hardware/device-cases.test.ts checks this against the protocol the replay really used.
 */
export async function caseProtocol(text: string, configDir: string): Promise<string | undefined> {
  const device = caseDevice(text);
  if (device.name === undefined) return undefined;
  const config = loadDeviceConfig({
    log: new Logger("error", "protocol-table", () => undefined),
    ...(device.deviceConfig ? { deviceConfigFile: join(configDir, device.deviceConfig) } : {}),
    ...(device.userConfig ? { userDeviceConfigFile: join(configDir, device.userConfig) } : {}),
  });
  const matched =
    device.protocol ??
    config.matchBluetooth({ name: device.name, serviceUuids: [], manufacturerData: device.manufacturerData ?? [] })[0]
      ?.protocol;
  const protocol = matched === undefined ? undefined : getProtocol(matched);
  if (!protocol?.identify || !protocol.redirect) return matched;
  const reads = [...device.reads];
  const link: HardwareLink = {
    name: device.name,
    address: "reference-case",
    endpoints: new Set(Object.values(config.bluetoothServices(matched!)).flatMap((c) => Object.keys(c))),
    execute: async (command) => Uint8Array.from(command.kind === "read" ? (reads.shift() ?? []) : []),
    nextNotification: () => Promise.reject(new Error("no notifications here")),
  };
  const identifier = await protocol.identify(link).catch(() => undefined);
  return protocol.redirect(identifier) ?? matched;
}

/** Protocol → version → number of reference cases replayed (all of which device-cases.test.ts requires to pass). */
export async function readReferenceCases(dir = REFERENCE_CASES): Promise<Record<string, Record<string, number>>> {
  const runs = JSON.parse(readFileSync(join(dir, "runs.json"), "utf8")) as { versions: Record<string, string[]> };
  const counts: Record<string, Record<string, number>> = {};
  const protocolOf = new Map<string, string | undefined>();
  for (const version of REPLAYED_VERSIONS) {
    for (const file of runs.versions[version] ?? []) {
      if (!protocolOf.has(file)) {
        protocolOf.set(
          file,
          await caseProtocol(
            readFileSync(join(dir, "device_test_case", file), "utf8"),
            join(dir, "device_test_case", "config"),
          ),
        );
      }
      const protocol = protocolOf.get(file);
      if (!protocol) continue;
      counts[protocol] ??= {};
      counts[protocol][version] = (counts[protocol][version] ?? 0) + 1;
    }
  }
  return counts;
}

/** bpkit's own device cases, in the reference's format. */
const OWN_CASES = join(ROOT, "test/fixtures/device-cases");

/** Protocol → number of bpkit's own device cases for it (test/hardware/bpkit-device-cases.test.ts runs them all). */
export async function readOwnCases(dir = OWN_CASES): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".yaml")) : [];
  for (const file of files.sort()) {
    const protocol = await caseProtocol(readFileSync(join(dir, file), "utf8"), join(dir, "config"));
    if (protocol) counts[protocol] = (counts[protocol] ?? 0) + 1;
  }
  return counts;
}

/** The reference-cases cell: cases passed at v4 / v3 / v2 / v1 / v0, or empty without any. */
export function referenceCell(perVersion: Record<string, number> | undefined): string {
  if (!perVersion) return "";
  return REPLAYED_VERSIONS.map((v) => String(perVersion[v] ?? 0)).join(" / ");
}

/** How each transport key of the config reads in the table, and the comm manager bpkit reaches it with. */
export const TRANSPORTS: Record<string, { label: string; manager?: string }> = {
  btle: { label: "BLE", manager: "comm/bluetooth.ts" },
  websocket: { label: "device websocket", manager: "comm/websocket.ts" },
  serial: { label: "serial", manager: "comm/serial/" },
  hid: { label: "HID", manager: "comm/hid/" },
  usb: { label: "USB", manager: "comm/usb/" },
  xinput: { label: "XInput (Windows only)" },
  lovense_connect_service: { label: "Lovense Connect", manager: "comm/lovense-connect/" },
};

/** The transports of a protocol as table text; ones bpkit has no comm manager for are marked. */
export function transportCell(protocol: string, keys: readonly string[]): string {
  const parts = keys.map((key) => {
    const known = TRANSPORTS[key];
    if (!known) return `${key} (not in bpkit)`;
    return known.manager ? known.label : `${known.label} (not in bpkit)`;
  });
  // Lovense toys also come through the USB dongle, which the config does not list (reference).
  if (protocol === "lovense") parts.push("Lovense dongle (serial, HID)");
  return parts.join(", ");
}

/** Read the inputs from the project tree. */
export function readProtocolTableInput(configFile = CONFIG, protocolsDir = PROTOCOLS_DIR): ProtocolTableInput {
  const doc = JSON.parse(readFileSync(configFile, "utf8")) as {
    version: { major: number; minor: number };
    protocols: Record<
      string,
      { defaults?: { name: string }; configurations?: { name: string }[]; communication?: Record<string, unknown>[] }
    >;
  };
  const protocols: Record<string, string[]> = {};
  const transports: Record<string, string[]> = {};
  for (const [name, def] of Object.entries(doc.protocols)) {
    protocols[name] = [
      ...new Set([...(def.configurations ?? []).map((c) => c.name), ...(def.defaults ? [def.defaults.name] : [])]),
    ];
    transports[name] = [...new Set((def.communication ?? []).flatMap((spec) => Object.keys(spec)))];
  }
  const files = existsSync(protocolsDir)
    ? readdirSync(protocolsDir).filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts"))
    : [];
  return { version: doc.version, protocols, files, transports };
}

/**
 * Protocols the configuration lists but the reference server has no implementation of (checked
 * against buttplugio/buttplug 8ecb259, crates/buttplug_server/src/device/protocol_impl, and its
 * history): there are no bytes to follow, so bpkit has none either.
 */
export const WITHOUT_REFERENCE_IMPLEMENTATION: ReadonlySet<string> = new Set([
  "kiiroo-v1",
  "libo-karen",
  "muse",
  "realtouch",
  "twerkingbutt",
  "vorze-cyclone-x",
]);

const cell = (s: string) => s.replace(/\|/g, "\\|");

/** The Markdown text of docs/protocols.md (deterministic: sorted by protocol key). */
export function renderProtocolTable(input: ProtocolTableInput): string {
  const names = Object.keys(input.protocols).sort();
  const fileSet = new Set(input.files);
  const implemented = names.filter((n) => fileSet.has(`${n}.ts`));
  const lines = [
    "# Device protocols",
    "",
    "<!-- generated by `node bin/bpkit.js dev protocol-table` — do not edit by hand -->",
    "",
    `Every protocol of the built-in device configuration (version ${input.version.major}.${input.version.minor}, ` +
      `${names.length} protocols) and whether bpkit implements it: ${implemented.length} of ${names.length}.`,
    "A protocol is implemented when `runtime/hardware/protocols/<protocol>.ts` exists. Transport lists how",
    'the configuration says its devices are reached ("not in bpkit": no comm manager for it yet). Devices',
    "lists the names the configuration gives the protocol's devices. Reference cases: how many of the",
    "reference server's own device test cases for the protocol pass in bpkit at spec v4 / v3 / v2 / v1 / v0,",
    "byte for byte (`test/hardware/device-cases.test.ts` replays them and fails on any that does not pass).",
    "bpkit cases: how many of bpkit's own device cases (`test/fixtures/device-cases`, same format, for",
    "what the reference's do not cover) drive the protocol; `test/hardware/bpkit-device-cases.test.ts`",
    "replays them.",
    '"no: the reference has none" marks a protocol the configuration lists (so its devices are recognised)',
    "but the reference server does not implement: there is nothing to follow, and bpkit does not guess.",
    "",
    "| Protocol | Implemented | Transport | Reference cases | bpkit cases | File | Devices |",
    "| --- | --- | --- | --- | --- | --- | --- |",
  ];
  for (const name of names) {
    const has = fileSet.has(`${name}.ts`);
    const devices = input.protocols[name];
    const shown = devices.length > 6 ? [...devices.slice(0, 6), `… ${devices.length - 6} more`] : devices;
    const transport = transportCell(name, input.transports?.[name] ?? []);
    const reference = referenceCell(input.referenceCases?.[name]);
    lines.push(
      `| ${cell(name)} | ${has ? "yes" : WITHOUT_REFERENCE_IMPLEMENTATION.has(name) ? "no: the reference has none" : "no"} | ${cell(transport)} | ${reference} | ${input.ownCases?.[name] ?? ""} | ${has ? `\`runtime/hardware/protocols/${name}.ts\`` : ""} | ${cell(shown.join(", "))} |`,
    );
  }
  const others = input.files.filter((f) => !Object.hasOwn(input.protocols, f.replace(/\.ts$/, ""))).sort();
  if (others.length) {
    lines.push(
      "",
      `Other files in runtime/hardware/protocols/ (shared code, or names the configuration does not have): ${others.map((f) => `\`${f}\``).join(", ")}.`,
    );
  }
  return `${lines.join("\n")}\n`;
}

/** CLI entry. */
export async function run(argv: string[]): Promise<number> {
  const parsed = parseOrExit(PROTOCOL_TABLE_COMMAND, argv);
  if (typeof parsed === "number") return parsed;
  const text = renderProtocolTable({
    ...readProtocolTableInput(),
    referenceCases: await readReferenceCases(),
    ownCases: await readOwnCases(),
  });
  if (switchFlag(parsed, "check")) {
    const current = existsSync(OUTPUT) ? readFileSync(OUTPUT, "utf8") : "";
    if (current !== text) {
      console.error("docs/protocols.md is stale: run `node bin/bpkit.js dev protocol-table`");
      return 1;
    }
    return 0;
  }
  writeFileSync(OUTPUT, text);
  console.log(`wrote ${OUTPUT}`);
  return 0;
}
