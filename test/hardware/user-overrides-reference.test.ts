/**
 * The reference server's own disabled-output case (buttplug_tests test_disabled_device_features,
 * with its user config file unchanged): a TCode device whose feature 0 has Position and
 * HwPositionWithDuration, the latter disabled by the user. The client sees Position only; a
 * command to the disabled output is refused before the protocol; Position still drives the device.
 * The config file is vendored in test/fixtures/reference-device-cases (`bpkit dev import-device-cases`).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ErrorCode } from "../../runtime/errors";
import { applyUserConfigFile, loadDeviceConfig } from "../../runtime/hardware/config";
import { createHardwareDevice } from "../../runtime/hardware/comm/identify";
import { getProtocol } from "../../runtime/hardware/protocols";
import { FakeLink, describeCommand, describeWrite } from "./fake-link";
import { recordingLogger } from "./test-protocol";

const USER_CONFIG = join(
  __dirname,
  "../fixtures/reference-device-cases/device_test_case/config/tcode_disabled_hw_position_user_config.json",
);

describe("the reference's disabled hw_position_with_duration user config", () => {
  test("DeviceList shows Position only; HwPositionWithDuration is ERROR_DEVICE and sends nothing; Position is sent", async () => {
    const text = readFileSync(USER_CONFIG, "utf8");
    const { log, lines } = recordingLogger("warn");
    const config = loadDeviceConfig({ log });
    applyUserConfigFile(config, USER_CONFIG, log, text);
    expect(lines).toEqual([]);

    const link = new FakeLink("tcode-v03-disabled-test", "tcode-disabled-test-addr");
    const device = (await createHardwareDevice(link, "tcode-v03", { config, getProtocol, log }))!;
    expect(device?.name).toBe("TCode v0.3 (Disabled HW Position Test)");
    expect([...device.features.values()]).toEqual([
      { FeatureIndex: 0, FeatureDescription: "", Output: { Position: { Value: [0, 1000] } } },
    ]);

    await expect(device.output(0, { HwPositionWithDuration: { Value: 500, Duration: 1000 } })).rejects.toMatchObject({
      code: ErrorCode.Device,
    });
    await device.output(0, { Position: { Value: 500 } });
    expect(link.commands.map(describeCommand)).toEqual([
      describeWrite("tx", [0x4c, 0x30, 0x35, 0x30, 0x30, 0x0a, 0x52, 0x30, 0x35, 0x30, 0x30, 0x0a]),
    ]);
  });
});
