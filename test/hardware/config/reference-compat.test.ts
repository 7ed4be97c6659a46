/**
 * Compatibility with files written for the reference implementation (Intiface): the user configs
 * of the reference repository's tests load unchanged, and our schemas accept exactly the files the
 * reference schema accepts. The reference's files are vendored in test/fixtures/reference-device-cases
 * (`bpkit dev import-device-cases`).
 */
import Ajv from "ajv";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { deviceConfig } from "../../../generated";
import { BUILT_IN_DEVICE_CONFIG, loadDeviceConfig } from "../../../runtime/hardware/config";
import { Logger } from "../../../runtime/log";

const VENDORED = join(__dirname, "../../fixtures/reference-device-cases");
const SCHEMA = "device-config/buttplug-device-config-schema-v4.json";
const show = (path: string) => readFileSync(join(VENDORED, path), "utf8");
const jsonIn = (dir: string) =>
  readdirSync(join(VENDORED, dir))
    .filter((f) => f.endsWith(".json"))
    .map((f) => `${dir}/${f}`);
/** The reference's sample configs: its user config example, its config tests' files, its device test cases' configs. */
const files = [
  "device-config/buttplug-user-device-config-v4.json",
  ...jsonIn("device-config/test_configs"),
  ...jsonIn("device_test_case/config"),
];

describe("reference compatibility", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "bpkit-refcompat-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("the reference has sample configs to compare", () => {
    expect(files.length).toBeGreaterThanOrEqual(8);
  });

  test("our schemas accept exactly the sample files the reference schema accepts", () => {
    const reference = new Ajv({ strict: false, allErrors: true }).compile(JSON.parse(show(SCHEMA)) as object);
    for (const path of files) {
      const doc = JSON.parse(show(path)) as Record<string, unknown>;
      const ours =
        "user_configs" in doc ? deviceConfig.validators.UserDeviceConfigFile : deviceConfig.validators.DeviceConfigFile;
      expect({ path, valid: ours(doc) }).toEqual({ path, valid: reference(doc) });
    }
    const builtIn = JSON.parse(readFileSync(BUILT_IN_DEVICE_CONFIG, "utf8")) as unknown;
    expect(reference(builtIn)).toBe(true);
    expect(deviceConfig.validators.DeviceConfigFile(builtIn)).toBe(true);
  });

  test("every sample user config the reference schema accepts loads without errors against the built-in database", () => {
    const reference = new Ajv({ strict: false }).compile(JSON.parse(show(SCHEMA)) as object);
    let loaded = 0;
    for (const path of files) {
      const text = show(path);
      const doc = JSON.parse(text) as Record<string, unknown>;
      if (!("user_configs" in doc) || !reference(doc)) continue;
      const file = join(dir, path.replace(/\//g, "_"));
      writeFileSync(file, text);
      const errors: string[] = [];
      loadDeviceConfig({ userDeviceConfigFile: file, log: new Logger("error", "t", (_l, _c, m) => errors.push(m)) });
      expect({ path, errors }).toEqual({ path, errors: [] });
      loaded++;
    }
    expect(loaded).toBeGreaterThanOrEqual(4);
  });

  test("the reference's Ridge user config: display name and narrowed oscillate apply to its address", () => {
    const path = files.find((p) => p.endsWith("/lovense_ridge_user_config.json"))!;
    const file = join(dir, "ridge.json");
    writeFileSync(file, show(path));
    const config = loadDeviceConfig({ userDeviceConfigFile: file, log: new Logger("error", "t", () => {}) });
    const doc = JSON.parse(show(path)) as {
      user_configs: { devices: { identifier: { address: string; protocol: string; identifier: string } }[] };
    };
    const id = doc.user_configs.devices[0].identifier;
    const def = config.resolveDefinition(id.protocol, id.identifier, id.address)!;
    expect(def.displayName).toBe("Lovense Name Test");
    expect(def.clientFeatures[0].Output).toEqual({ Oscillate: { Value: [0, 20] } });
  });
});
