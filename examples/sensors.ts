/**
 * Sensors: read battery and signal strength where devices have them, and listen to every input
 * that can be subscribed to.   npx tsx examples/sensors.ts [url]   (BPKIT_LISTEN_MS, default 5000)
 */
import { ButtplugClient, WebsocketConnector } from "../runtime/client";
import { envMs, run, scan, serverUrl, sleep } from "./common";

run(async () => {
  const client = new ButtplugClient({ name: "bpkit example: sensors" });
  await client.connect(new WebsocketConnector(serverUrl()));
  await scan(client);

  let subscriptions = 0;
  for (const device of client.devices.values()) {
    for (const feature of device.features.values()) {
      for (const input of feature.inputs.values()) {
        const where = `device ${device.index} (${device.name}) feature ${feature.index}`;
        if (input.commands.includes("Read")) {
          const value = await feature.read(input.type);
          const unit = input.type === "Battery" ? "%" : input.type === "RSSI" ? " dBm" : "";
          console.log(`${where}: ${input.type} = ${value}${unit}`);
        }
        if (input.commands.includes("Subscribe")) {
          await feature.subscribe(input.type, (value) => console.log(`${where}: ${input.type} reading ${value}`));
          subscriptions++;
          console.log(`${where}: subscribed to ${input.type}`);
        }
      }
    }
  }

  if (subscriptions > 0) {
    await sleep(envMs("BPKIT_LISTEN_MS", 5000));
    for (const device of client.devices.values()) {
      for (const feature of device.features.values()) {
        for (const input of feature.inputs.values())
          if (input.commands.includes("Subscribe")) await feature.unsubscribe(input.type);
      }
    }
    console.log(`unsubscribed from ${subscriptions} input(s)`);
  } else {
    console.log("no subscribable inputs");
  }
  await client.disconnect();
});
