/**
 * DeviceIndex from the user device config, end to end: a configured device gets its index, and an
 * index the config reserves for a device that is not connected is given to no other device.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ButtplugClient, InProcessConnector } from "../../runtime/client";
import { createDeviceSources, DEFAULT_HARDWARE_OPTIONS } from "../../runtime/hardware";
import { Logger } from "../../runtime/log";
import { ButtplugServer } from "../../runtime/server";
import { until } from "../until";

const SYNC_BASE = "0e72dab3-4b87-4bae-ae02-aae0bbb0f035";
/** The WeVibe Sync configuration's two features, unchanged (a user entry lists every feature). */
const syncFeatures = (n: number) => [
  { id: `5e1f0000-0000-4000-8000-00000000092${n}`, base_id: "283b2826-80e3-455f-bec6-7800ebaf2c96" },
  { id: `5e1f0000-0000-4000-8000-00000000093${n}`, base_id: "64f00297-e4ef-4059-a622-c0bea33d4379" },
];
const entry = (address: string, index: number, n: number) => ({
  identifier: { protocol: "wevibe", identifier: "Sync", address },
  config: {
    id: `5e1f0000-0000-4000-8000-00000000091${n}`,
    base_id: SYNC_BASE,
    features: syncFeatures(n),
    user_config: { allow: false, deny: false, index },
  },
});

describe("user-config device indices reach the server", () => {
  const dir = mkdtempSync(join(tmpdir(), "bpkit-user-index-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("the simulated WeVibe gets index 5; the Lush skips index 0, reserved for an absent device", async () => {
    const file = join(dir, "user.json");
    const userConfig = {
      version: { major: 4, minor: 0 },
      user_configs: { devices: [entry("SIM-WEVIBE-1", 5, 1), entry("AA:BB:CC:DD:EE:FF", 0, 2)] },
    };
    writeFileSync(file, JSON.stringify(userConfig));
    const errors: string[] = [];
    const log = new Logger("error", "test", (_level, _component, message) => errors.push(message));
    const deviceSources = await createDeviceSources(
      { ...DEFAULT_HARDWARE_OPTIONS, useBluetooth: false, userDeviceConfigFile: file, simulate: ["wevibe", "lush"] },
      log,
    );
    const server = new ButtplugServer({ log, deviceSources });
    const client = new ButtplugClient({ name: "index test" });
    try {
      await client.connect(new InProcessConnector(server));
      await until(() => client.devices.size === 2);
      expect(errors).toEqual([]); // the user config loaded
      const byName = new Map([...client.devices.values()].map((d) => [d.name, d.index]));
      expect(byName.get("WeVibe Sync")).toBe(5);
      expect(byName.get("Lovense Lush")).not.toBe(0);
      expect(byName.get("Lovense Lush")).not.toBe(5);
    } finally {
      await client.disconnect().catch(() => undefined);
      await server.shutdown();
    }
  });
});
