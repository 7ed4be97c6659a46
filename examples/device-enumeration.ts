/**
 * Device enumeration: scan, then list every device with its features, outputs (with their
 * ranges) and inputs.   npx tsx examples/device-enumeration.ts [url]
 */
import { ButtplugClient, WebsocketConnector } from "../runtime/client";
import { run, scan, serverUrl } from "./common";

run(async () => {
  const client = new ButtplugClient({ name: "bpkit example: device enumeration" });
  client.on("deviceAdded", (device) => console.log(`+ device ${device.index}: ${device.name}`));
  client.on("deviceRemoved", (device) => console.log(`- device ${device.index}: ${device.name}`));
  await client.connect(new WebsocketConnector(serverUrl()));

  await scan(client);

  console.log(`${client.devices.size} device(s):`);
  for (const device of client.devices.values()) {
    const gap = device.timingGap ? `, at most one command every ${device.timingGap} ms` : "";
    console.log(`device ${device.index}: ${device.displayName ?? device.name}${gap}`);
    for (const feature of device.features.values()) {
      const outputs = [...feature.outputs.values()].map((o) => {
        const duration = o.durationRange ? ` over ${o.durationRange[0]}–${o.durationRange[1]} ms` : "";
        return `${o.type} ${o.range[0]}–${o.range[1]}${duration}`;
      });
      const inputs = [...feature.inputs.values()].map(
        (i) => `${i.type} ${i.ranges.map((r) => `${r[0]}–${r[1]}`).join("/")} (${i.commands.join(", ")})`,
      );
      const parts = [
        outputs.length ? `outputs: ${outputs.join("; ")}` : "",
        inputs.length ? `inputs: ${inputs.join("; ")}` : "",
      ].filter(Boolean);
      const description = feature.description ? ` "${feature.description}"` : "";
      console.log(`  feature ${feature.index}${description}: ${parts.join(" | ")}`);
    }
  }
  await client.disconnect();
});
