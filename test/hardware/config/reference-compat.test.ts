/**
 * Compatibility with files written for the reference implementation (Intiface): the user configs
 * of the reference repository's tests load unchanged, and our schemas accept exactly the files the
 * reference schema accepts. Needs the local reference snapshot; skipped without it.
 */
import Ajv from "ajv";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { deviceConfig } from "../../../generated";
import { BUILT_IN_DEVICE_CONFIG, loadDeviceConfig } from "../../../runtime/hardware/config";
import { Logger } from "../../../runtime/log";

const REPO = "/work/.mirror/buttplugio+buttplug/repo";
const SCHEMA = "crates/buttplug_server_device_config/device-config-v4/buttplug-device-config-schema-v4.json";
const have = existsSync(REPO);
const show = (path: string) => execFileSync("git", ["-C", REPO, "show", `HEAD:${path}`], { encoding: "utf8" });
const files = have
  ? execFileSync("git", ["-C", REPO, "ls-tree", "-r", "--name-only", "HEAD"], { encoding: "utf8" })
      .split("\n")
      .filter((p) => /(^buttplug-user-device-config-v4\.json|test_configs\/.*\.json|device_test_case\/config\/.*\.json)$/.test(p))
  : [];

(have ? describe : describe.skip)("reference compatibility", () => {
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
      const ours = "user_configs" in doc ? deviceConfig.validators.UserDeviceConfigFile : deviceConfig.validators.DeviceConfigFile;
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
    const doc = JSON.parse(show(path)) as { user_configs: { devices: { identifier: { address: string; protocol: string; identifier: string } }[] } };
    const id = doc.user_configs.devices[0].identifier;
    const def = config.resolveDefinition(id.protocol, id.identifier, id.address)!;
    expect(def.displayName).toBe("Lovense Name Test");
    expect(def.clientFeatures[0].Output).toEqual({ Oscillate: { Value: [0, 20] } });
  });
});
