import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  applyUserConfigFile,
  DeviceConfigError,
  loadDeviceConfig,
  MAX_USER_CONFIG_BYTES,
  readDeviceConfigFile,
  readUserDeviceConfigFile,
  toHardwareValue,
} from "../../../runtime/hardware/config";
import { Logger, type LogLevel } from "../../../runtime/log";

function capture(): { log: Logger; lines: { level: LogLevel; message: string }[] } {
  const lines: { level: LogLevel; message: string }[] = [];
  return { log: new Logger("debug", "test", (level, _c, message) => lines.push({ level, message })), lines };
}

const v4File = join(__dirname, "fixtures/user-v4.json");
const v2File = join(__dirname, "fixtures/user-v2.json");

describe("v4 user config (user_configs → protocols / devices)", () => {
  const { log, lines } = capture();
  const config = loadDeviceConfig({ userDeviceConfigFile: v4File, log });

  test("display name, reserved index and message gap apply to the configured address only", () => {
    const edge = config.resolveDefinition("lovense", "P", "EDGE-ADDRESS")!;
    expect(edge.displayName).toBe("Left Edge");
    expect(edge.index).toBe(7);
    expect(edge.messageTimingGap).toBe(25);
    expect(config.deviceIndex("lovense", "P", "EDGE-ADDRESS")).toBe(7);
    expect(config.reservedIndices()).toEqual(new Set([7, 3, 4]));
    const otherEdge = config.resolveDefinition("lovense", "P", "SOMEONE-ELSE")!;
    expect(otherEdge.displayName).toBeUndefined();
    expect(otherEdge.clientFeatures[0].Output).toEqual({ Vibrate: { Value: [0, 20] } });
    expect(config.deviceIndex("lovense", "P", "SOMEONE-ELSE")).toBeUndefined();
  });

  test("a disabled output is hidden from the client but stays in the hardware layout, marked disabled", () => {
    const edge = config.resolveDefinition("lovense", "P", "EDGE-ADDRESS")!;
    // Client: the second motor (nothing left on it) is gone; the others keep their indices.
    expect(edge.clientFeatures.map((f) => f.FeatureIndex)).toEqual([0, 2]);
    expect(edge.clientFeatures[1].Input).toEqual({ Battery: { Value: [[0, 100]], Command: ["Read"] } });
    // Protocols: every feature and output, with the config's ranges.
    expect(edge.features.map((f) => f.FeatureIndex)).toEqual([0, 1, 2]);
    expect(edge.features[1].Output).toEqual({ Vibrate: { Value: [0, 20] } });
    expect(edge.disabledOutputs).toEqual(new Map([[1, new Set(["Vibrate"])]]));
    expect(edge.outputLimits.has(1)).toBe(false);
  });

  test("a narrowed range shrinks the client's Value range and offsets hardware steps", () => {
    const edge = config.resolveDefinition("lovense", "P", "EDGE-ADDRESS")!;
    expect(edge.clientFeatures[0].Output).toEqual({ Vibrate: { Value: [0, 10] } });
    expect(edge.features[0].Output).toEqual({ Vibrate: { Value: [0, 20] } });
    const limits = edge.outputLimits.get(0)!.get("Vibrate")!;
    expect(limits).toEqual({ base: [0, 20], user: [5, 15], reverse: false });
    expect(toHardwareValue(limits, "Vibrate", 0)).toBe(0);
    expect(toHardwareValue(limits, "Vibrate", 1)).toBe(6);
    expect(toHardwareValue(limits, "Vibrate", 10)).toBe(15);
    expect(toHardwareValue(limits, "Vibrate", 11)).toBeUndefined();
  });

  test("narrowed, reversed HwPositionWithDuration: Value and Duration ranges, steps counted from the top", () => {
    const solace = config.resolveDefinition("lovense", "BA", "SOLACE")!;
    expect(solace.clientFeatures[0].Output).toEqual({
      HwPositionWithDuration: { Value: [0, 80], Duration: [0, 5000] },
      Oscillate: { Value: [0, 20] },
    });
    const limits = solace.outputLimits.get(0)!.get("HwPositionWithDuration")!;
    expect(toHardwareValue(limits, "HwPositionWithDuration", 10)).toBe(80);
    expect(toHardwareValue(limits, "HwPositionWithDuration", 80)).toBe(10);
    expect(toHardwareValue(limits, "HwPositionWithDuration", 81)).toBeUndefined();
  });

  test("deny keeps a device out; other addresses are allowed while no entry allows anything", () => {
    expect(config.isAllowed("lovense", "A", "DENIED-NORA")).toBe(false);
    expect(config.isAllowed(undefined, undefined, "DENIED-NORA")).toBe(false);
    expect(config.isAllowed("lovense", "C", "DENIED-NORA")).toBe(false);
    expect(config.isAllowed("wevibe", "Sync", "DENIED-NORA")).toBe(true);
    expect(config.isAllowed("lovense", "A", "ANOTHER-NORA")).toBe(true);
    expect(config.isAllowed(undefined, undefined, "EDGE-ADDRESS")).toBe(true);
  });

  test("an entry whose range exceeds its base is skipped with an error naming file and pointer; the others apply", () => {
    const dolce = config.resolveDefinition("lovense", "J", "DOLCE-TOO-WIDE")!;
    expect(dolce.displayName).toBeUndefined();
    expect(dolce.clientFeatures[0].Output).toEqual({ Vibrate: { Value: [0, 20] } });
    const errors = lines.filter((l) => l.level === "error");
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toContain(v4File);
    expect(errors[0].message).toContain("/user_configs/devices/3/config/features/0/output/vibrate/value");
    expect(errors[0].message).toMatch(/user-v4\.json:\d+:\d+/);
  });
});

describe("v2 user config (user-configs → specifiers / devices)", () => {
  const { log, lines } = capture();
  const config = loadDeviceConfig({ userDeviceConfigFile: v2File, log });

  test("loads without errors", () => {
    expect(lines.filter((l) => l.level === "error")).toEqual([]);
  });

  test("websocket names and BLE specifiers extend the protocol", () => {
    expect(config.matchWebsocket("LVSDevice")).toEqual({ protocol: "lovense", via: "websocket" });
    expect(config.matchBluetooth({ name: "LegacyClone", serviceUuids: [] })).toEqual([
      { protocol: "lovense", via: "name" },
    ]);
    expect(config.matchBluetooth({ name: "", serviceUuids: ["deadbeef"] })).toEqual([
      { protocol: "lovense", via: "service" },
    ]);
  });

  test("display-name, index and StepRange narrowing apply (n-th ScalarCmd entry ↔ n-th vibrate feature)", () => {
    const edge = config.resolveDefinition("lovense", "P", "EDGE-V2")!;
    expect(edge.displayName).toBe("Old Edge");
    expect(edge.index).toBe(2);
    expect(edge.clientFeatures[0].Output).toEqual({ Vibrate: { Value: [0, 10] } });
    expect(edge.clientFeatures[1].Output).toEqual({ Vibrate: { Value: [0, 18] } });
    expect(edge.features.map((f) => f.Output)).toEqual([
      { Vibrate: { Value: [0, 20] } },
      { Vibrate: { Value: [0, 20] } },
      undefined,
    ]);
    expect(toHardwareValue(edge.outputLimits.get(1)!.get("Vibrate")!, "Vibrate", 1)).toBe(3);
  });

  test("an allow entry turns on the allow list: only allowed addresses may connect", () => {
    expect(config.isAllowed("lovense", "P", "EDGE-V2")).toBe(true);
    expect(config.isAllowed("lovense", "P", "SOME-OTHER-DEVICE")).toBe(false);
  });
});

describe("user configs that are huge, of an unknown format, or in the wrong place", () => {
  const dir = mkdtempSync(join(tmpdir(), "bpkit-user-config-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, doc: unknown) => {
    const file = join(dir, name);
    writeFileSync(file, JSON.stringify(doc));
    return file;
  };

  test("200,000 websocket names (schema-valid) load without overflowing the stack, in both layouts", () => {
    const names = Array.from({ length: 200_000 }, (_, i) => `Name${i}`);
    const v4 = write("names-v4.json", {
      version: { major: 4, minor: 0 },
      user_configs: { protocols: { lovense: { communication: [{ websocket: { names } }] } } },
    });
    const v2 = write("names-v2.json", {
      version: { major: 2, minor: 0 },
      "user-configs": { specifiers: { lovense: { websocket: { names } } } },
    });
    for (const file of [v4, v2]) {
      const { log, lines } = capture();
      const config = loadDeviceConfig({ userDeviceConfigFile: file, log });
      expect(lines.filter((l) => l.level === "error")).toEqual([]);
      expect(config.matchWebsocket("Name199999")).toEqual({ protocol: "lovense", via: "websocket" });
    }
  });

  test("a user config larger than MAX_USER_CONFIG_BYTES is logged with its file and skipped", () => {
    const file = join(dir, "huge.json");
    writeFileSync(file, `{"version":{"major":4,"minor":0},"user_configs":{}}${" ".repeat(MAX_USER_CONFIG_BYTES)}`);
    const { log, lines } = capture();
    const config = loadDeviceConfig({ userDeviceConfigFile: file, log });
    const errors = lines.filter((l) => l.level === "error").map((l) => l.message);
    expect(errors).toEqual([
      expect.stringContaining(`${file}: (document): ${MAX_USER_CONFIG_BYTES + 51} bytes: larger than`),
    ]);
    expect(errors[0]).toMatch(/^user device config skipped/);
    expect(config.protocolNames().length).toBeGreaterThan(100);
  });

  test("a user config of major version 99 is refused with file, line and pointer, and nothing of it applies", () => {
    const file = write("v99.json", {
      version: { major: 99, minor: 0 },
      user_configs: { protocols: { lovense: { communication: [{ websocket: { names: ["From99"] } }] } } },
    });
    const { log, lines } = capture();
    const config = loadDeviceConfig({ userDeviceConfigFile: file, log });
    const errors = lines.filter((l) => l.level === "error").map((l) => l.message);
    expect(errors).toEqual([
      expect.stringMatching(
        /^user device config skipped:\n.*v99\.json:1:\d+: \/version\/major: major version 99: bpkit reads user device-config formats up to 4/,
      ),
    ]);
    expect(config.matchWebsocket("From99")).toBeUndefined();
    expect(() => readUserDeviceConfigFile(file)).toThrow(DeviceConfigError);
  });

  test("--device-config-file given a user config is refused: it names the file and says which flag to use", () => {
    expect(() => loadDeviceConfig({ deviceConfigFile: v4File, log: capture().log })).toThrow(DeviceConfigError);
    expect(() => loadDeviceConfig({ deviceConfigFile: v4File, log: capture().log })).toThrow(
      /user-v4\.json:\d+:\d+: \/user_configs: this is a user device-config file .*pass it with --user-device-config-file/,
    );
  });

  test("a device-config file without protocols is refused", () => {
    const file = write("empty-main.json", { version: { major: 4, minor: 0 }, protocols: {} });
    expect(() => readDeviceConfigFile(file)).toThrow(/empty-main\.json.*no protocols/);
  });
});

test("an error nobody foresaw while applying a user config is logged with file and pointer, not thrown", () => {
  const config = loadDeviceConfig({ log: capture().log });
  const spy = jest.spyOn(config, "addCommunication").mockImplementation(() => {
    throw new RangeError("Maximum call stack size exceeded");
  });
  const { log, lines } = capture();
  expect(() => applyUserConfigFile(config, v4File, log)).not.toThrow();
  expect(spy).toHaveBeenCalled();
  expect(lines.filter((l) => l.level === "error").map((l) => l.message)).toEqual([
    `user device config: ${v4File}: /user_configs/protocols/lovense: cannot apply (Maximum call stack size exceeded); this entry and the rest of the file are skipped`,
  ]);
});
