import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DeviceConfigError, loadDeviceConfig } from "../../../runtime/hardware/config";
import { Logger } from "../../../runtime/log";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "bpkit-device-config-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

function loadError(options: Parameters<typeof loadDeviceConfig>[0]): DeviceConfigError {
  try {
    loadDeviceConfig({ ...options, log: new Logger("error", "test", () => {}) });
  } catch (err) {
    expect(err).toBeInstanceOf(DeviceConfigError);
    return err as DeviceConfigError;
  }
  throw new Error("expected loadDeviceConfig to throw");
}

const tiny = {
  version: { major: 4, minor: 1 },
  protocols: {
    "test-vibe": {
      communication: [
        {
          btle: {
            names: ["TestVibe"],
            services: { "0000fff0-0000-1000-8000-00805f9b34fb": { tx: "0000fff2-0000-1000-8000-00805f9b34fb" } },
          },
        },
      ],
      defaults: {
        name: "Test Vibe",
        id: "11111111-2222-3333-4444-555555555555",
        features: [{ index: 0, id: "11111111-2222-3333-4444-555555555556", output: { vibrate: { value: [0, 10] } } }],
      },
    },
  },
};

describe("main device-config file", () => {
  test("deviceConfigFile replaces the built-in database", () => {
    const config = loadDeviceConfig({
      deviceConfigFile: file("tiny.json", JSON.stringify(tiny, null, 2)),
      log: new Logger("error", "t", () => {}),
    });
    expect(config.protocolNames()).toEqual(["test-vibe"]);
    expect(config.version).toEqual({ major: 4, minor: 1 });
    expect(config.matchBluetooth({ name: "LVS-Z36", serviceUuids: [] })).toEqual([]);
    expect(config.resolveDefinition("test-vibe", undefined, "a")!.features[0].Output).toEqual({
      Vibrate: { Value: [0, 10] },
    });
  });

  test("a syntax error names the file, line and column", () => {
    const path = file(
      "broken.json",
      '{\n  "version": {"major": 4, "minor": 0},\n  "protocols": {\n    "x": {,}\n  }\n}\n',
    );
    const err = loadError({ deviceConfigFile: path });
    expect(err.file).toBe(path);
    expect(err.line).toBe(4);
    expect(err.message).toContain(`${path}:4:11`);
    expect(err.message).toContain("not valid JSON");
  });

  test("a schema violation names the file, the JSON pointer and its line", () => {
    const bad = structuredClone(tiny) as {
      protocols: Record<string, { defaults: { features: Record<string, unknown>[] } }>;
    };
    delete bad.protocols["test-vibe"].defaults.features[0].id;
    bad.protocols["test-vibe"].defaults.features[0].colour = "red";
    const text = JSON.stringify(bad, null, 2);
    const path = file("schema.json", text);
    const err = loadError({ deviceConfigFile: path });
    const pointers = err.issues.map((i) => i.pointer);
    expect(pointers).toContain("/protocols/test-vibe/defaults/features/0");
    expect(pointers).toContain("/protocols/test-vibe/defaults/features/0/colour");
    const colour = err.issues.find((i) => i.pointer.endsWith("/colour"))!;
    const expectedLine = text.split("\n").findIndex((l) => l.includes('"colour"')) + 1;
    expect(colour.line).toBe(expectedLine);
    expect(err.message).toContain(`${path}:`);
    expect(err.message).toContain("must have required property 'id'");
    expect(colour.message).toBe("must NOT have additional property 'colour'");
  });

  test("a file of another major version is refused at /version/major", () => {
    const err = loadError({
      deviceConfigFile: file("v3.json", JSON.stringify({ ...tiny, version: { major: 3, minor: 0 } }, null, 2)),
    });
    expect(err.pointer).toBe("/version/major");
    expect(err.line).toBe(3);
  });

  test("a missing main file is a startup error naming the file", () => {
    const err = loadError({ deviceConfigFile: join(dir, "nope.json") });
    expect(err.message).toContain(join(dir, "nope.json"));
    expect(err.message).toContain("ENOENT");
  });

  test("the error is not a ButtplugError (it never reaches a client)", () => {
    const err = loadError({ deviceConfigFile: file("empty.json", "") });
    expect(err.name).toBe("DeviceConfigError");
    expect("code" in err).toBe(false);
  });
});

describe("user device-config file", () => {
  function loadWithUser(path: string): { lines: string[]; protocols: number } {
    const lines: string[] = [];
    const log = new Logger("error", "test", (_l, _c, m) => lines.push(m));
    const config = loadDeviceConfig({ userDeviceConfigFile: path, log });
    return { lines, protocols: config.protocolNames().length };
  }

  test("a schema violation is logged with file, pointer and line, and the file is skipped", () => {
    const source = readFileSync(join(__dirname, "fixtures/user-v4.json"), "utf8").replace(
      '"display_name": "Left Edge"',
      '"display_name": 12',
    );
    const path = file("bad-user.json", source);
    const { lines, protocols } = loadWithUser(path);
    expect(protocols).toBeGreaterThanOrEqual(139);
    expect(lines).toHaveLength(1);
    const line = source.split("\n").findIndex((l) => l.includes('"display_name": 12')) + 1;
    expect(lines[0]).toContain(`${path}:${line}:`);
    expect(lines[0]).toContain("/user_configs/devices/0/config/user_config/display_name");
  });

  test("unparseable and missing user files are logged, not thrown", () => {
    expect(loadWithUser(file("junk.json", "{ nope")).lines[0]).toMatch(/junk\.json:1:3: .*not valid JSON/);
    expect(loadWithUser(join(dir, "missing-user.json")).lines[0]).toContain("missing-user.json");
  });

  test("a user config naming an unknown protocol logs that entry and keeps the rest", () => {
    const path = file(
      "unknown-protocol.json",
      JSON.stringify(
        {
          version: { major: 4, minor: 0 },
          user_configs: {
            protocols: {
              "not-a-protocol": { communication: [{ websocket: { name: "X" } }] },
              lovense: { communication: [{ websocket: { name: "Y" } }] },
            },
          },
        },
        null,
        2,
      ),
    );
    const lines: string[] = [];
    const config = loadDeviceConfig({
      userDeviceConfigFile: path,
      log: new Logger("error", "t", (_l, _c, m) => lines.push(m)),
    });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain("/user_configs/protocols/not-a-protocol");
    expect(config.matchWebsocket("X")).toBeUndefined();
    expect(config.matchWebsocket("Y")).toEqual({ protocol: "lovense", via: "websocket" });
  });
});
