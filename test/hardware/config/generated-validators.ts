/**
 * Test-only stand-in for generated/device-config/validators.js while `npm run generate` does not
 * emit it yet: compiles schema/device-config/ with ajv (the same options as the generator) and
 * registers it as that module. Import this before the loader. When the generated module exists,
 * it is used unchanged.
 */
import Ajv from "ajv";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const root = join(__dirname, "../../..");
// The module id the loader requires (no extension), so the virtual module resolves the same way.
const generated = join(root, "generated/device-config/validators");

/** True when the tests run against the generator's output rather than this stand-in. */
export const usingGeneratedValidators = existsSync(`${generated}.js`);

if (!usingGeneratedValidators) {
  jest.doMock(
    generated,
    () => {
      const ajv = new Ajv({ strict: true, allErrors: true });
      const dir = join(root, "schema/device-config");
      for (const name of readdirSync(dir).filter((n) => n.endsWith(".json"))) {
        ajv.addSchema(JSON.parse(readFileSync(join(dir, name), "utf8")) as object);
      }
      return {
        DeviceConfigFile: ajv.getSchema("https://bpkit.dev/schema/device-config/device-config.json"),
        UserDeviceConfigFile: ajv.getSchema("https://bpkit.dev/schema/device-config/user-device-config.json"),
      };
    },
    { virtual: true },
  );
}
