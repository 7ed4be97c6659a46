/**
 * The bpkit client: a spec v4 API (devices, features, inputs, events) over any connector, for v4
 * servers and, through the legacy adapters, v3 and v2 servers.
 *
 *   const client = new ButtplugClient({ name: "my app" });          // specVersion: 3, 2 or "auto" for older servers
 *   client.on("deviceAdded", (device) => console.log(device.name));
 *   await client.connect(new WebsocketConnector("ws://127.0.0.1:12345"));
 *   await client.startScanning();
 *   const device = client.device(0);                                 // or from the deviceAdded event
 *   await device.vibrate({ fraction: 0.5 });                         // every Vibrate feature, half range
 *   await device.feature(1).rotate(-5);                              // integer steps, checked against the range
 *   const percent = await device.battery();
 *   await client.disconnect();                                       // the server stops every device
 *
 * Levels are integer steps or `{ fraction }` (rounding: values.ts). A command a feature cannot do
 * throws ButtplugDeviceError before anything is sent; server Errors become the typed error of their
 * ErrorCode (errors.ts).
 */
export * from "./client";
export * from "./codec";
export * from "./connector";
export * from "./device";
export * from "./errors";
export * from "./values";
export * from "./legacy";

import type { inside } from "../../generated";
/** What an output does (v4 OutputType): "Vibrate", "Rotate", "HwPositionWithDuration", … */
export type OutputType = inside.OutputType;
/** What an input reports (v4 InputType): "Battery", "RSSI", "Pressure", "Button", "Position". */
export type InputType = inside.InputType;
/** What an InputCmd asks for: "Read", "Subscribe", "Unsubscribe". */
export type InputCommandType = inside.InputCommandType;
