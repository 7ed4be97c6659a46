/**
 * Errors: what the client throws and how to tell failures apart. Every error is a ButtplugError
 * whose `code` is the protocol's ErrorCode; commands a device cannot do fail before anything is
 * sent, naming the device, the feature and the range.   npx tsx examples/errors.ts [url]
 */
import {
  ButtplugClient,
  ButtplugConnectionError,
  ButtplugDeviceError,
  ButtplugTimeoutError,
  WebsocketConnector,
  type OutputType,
} from "../runtime/client";
import { ButtplugError, ErrorCode } from "../runtime/errors";
import { run, scan, serverUrl } from "./common";

/** Run `action` and print the error it throws. */
async function show(what: string, action: () => Promise<unknown>): Promise<void> {
  try {
    await action();
    console.log(`${what}: no error`);
  } catch (err) {
    if (err instanceof ButtplugError)
      console.log(`${what}: ${err.name} (ErrorCode ${ErrorCode[err.code]}): ${err.message}`);
    else throw err;
  }
}

run(async () => {
  // 1. Nobody listening: ButtplugConnectionError.
  await show("connect to a closed port", () =>
    new ButtplugClient().connect(new WebsocketConnector("ws://127.0.0.1:1")),
  );

  const client = new ButtplugClient({ name: "bpkit example: errors", replyTimeout: 5000 });
  client.on("error", (err) => console.log(`error event: ${err.message}`));
  await client.connect(new WebsocketConnector(serverUrl()));
  await scan(client);
  const device = [...client.devices.values()].find((d) => d.hasOutput("Vibrate"));
  if (!device) throw new Error("these examples need a device that vibrates (npm start simulates some)");
  const feature = device.featuresWithOutput("Vibrate")[0];
  const [, max] = feature.outputs.get("Vibrate")!.range;

  // 2. Refused by the client, nothing sent: out of range, not an integer, no such output or feature.
  await show("vibrate above the range", () => feature.vibrate(max + 1));
  await show("vibrate with a fraction above 1", () => feature.vibrate({ fraction: 1.5 }));
  await show("vibrate with 0.5 as a step", () => feature.vibrate(0.5));
  const missing = (["Rotate", "Oscillate", "Constrict", "Spray"] as OutputType[]).find((t) => !device.hasOutput(t));
  if (missing) await show(`${missing} on a device without it`, () => device.output(missing, 1));
  await show("a feature that does not exist", async () => device.feature(99));

  // 3. Refused by the server: a typed error for its ErrorCode (here ERROR_DEVICE).
  await show("a command for a device index the server does not have", () =>
    client.request({ OutputCmd: { DeviceIndex: 4000, FeatureIndex: 0, Command: { Vibrate: { Value: 1 } } } }),
  );

  // 4. Telling them apart.
  try {
    await feature.vibrate(max + 1);
  } catch (err) {
    if (err instanceof ButtplugDeviceError) console.log("ButtplugDeviceError: fix the value or pick another feature");
    else if (err instanceof ButtplugTimeoutError) console.log("no reply in time: the server may be busy");
    else if (err instanceof ButtplugConnectionError) console.log("not connected: reconnect");
  }

  await client.disconnect();
});
