/**
 * Device control: every output of every device, at half its range (a fraction, so it suits any
 * step count), then stop. Values can be integer steps too: `feature.vibrate(10)`.
 *   npx tsx examples/device-control.ts [url]      (BPKIT_STEP_MS: how long each output runs, default 1000)
 */
import { ButtplugClient, WebsocketConnector, type ClientFeature, type OutputType } from "../runtime/client";
import { envMs, run, scan, serverUrl, sleep } from "./common";

/** Half of the range, with the per-type extras (direction, movement time). */
async function half(feature: ClientFeature, type: OutputType): Promise<void> {
  const level = { fraction: 0.5 };
  switch (type) {
    case "RotationWithDirection":
      return feature.rotateWithDirection(level, true);
    case "HwPositionWithDuration":
      return feature.positionWithDuration(level, 500);
    default:
      return feature.output(type, level);
  }
}

run(async () => {
  const stepMs = envMs("BPKIT_STEP_MS", 1000);
  const client = new ButtplugClient({ name: "bpkit example: device control" });
  await client.connect(new WebsocketConnector(serverUrl()));
  await scan(client);
  if (client.devices.size === 0) console.log("no devices (start the server with simulated devices: npm start)");

  for (const device of client.devices.values()) {
    for (const feature of device.features.values()) {
      for (const type of feature.outputs.keys()) {
        await half(feature, type);
        console.log(`device ${device.index} (${device.name}) feature ${feature.index}: ${type} at 50%`);
        await sleep(stepMs);
      }
    }
    // Device-level helpers drive every feature of a type at once, e.g. all motors:
    if (device.hasOutput("Vibrate")) {
      await device.vibrate({ fraction: 0.25 });
      console.log(`device ${device.index} (${device.name}): every Vibrate feature at 25%`);
      await sleep(stepMs);
    }
    await device.stop();
    console.log(`device ${device.index} (${device.name}): stopped`);
  }

  // Stop everything (StopCmd without indices) before leaving; Disconnect would stop them too.
  await client.stopAll();
  await client.disconnect();
});
