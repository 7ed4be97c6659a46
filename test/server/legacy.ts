/**
 * Shared setup for the spec v0–v3 session tests: a server with one test device whose features
 * cover every old command, a raw frame client speaking that version (every server frame is
 * validated against that version's schemas), and the handshake in that version's words.
 */
import type { SpecVersion, v4 } from "../../generated";
import { TestDevice, TestDeviceSource } from "../../runtime/server";
import { body, inProcess, nameOf, startSession, type FrameClient, type Msg } from "./helpers";

/**
 * Features of the legacy test device: two vibrators (one also oscillates), a two-way rotator, a
 * linear stroker, a readable battery, and a Constrict that only ScalarCmd can reach.
 */
export function legacyFeatures(): v4.DeviceFeature[] {
  return [
    { FeatureIndex: 0, FeatureDescription: "Shaft", Output: { Vibrate: { Value: [0, 20] } } },
    {
      FeatureIndex: 1,
      FeatureDescription: "Head",
      Output: { Vibrate: { Value: [0, 10] }, Oscillate: { Value: [0, 15] } },
    },
    { FeatureIndex: 2, FeatureDescription: "Spinner", Output: { Rotate: { Value: [-30, 30] } } },
    {
      FeatureIndex: 3,
      FeatureDescription: "Stroker",
      Output: { HwPositionWithDuration: { Value: [0, 99], Duration: [0, 10000] } },
    },
    { FeatureIndex: 4, FeatureDescription: "Battery", Input: { Battery: { Value: [[0, 100]], Command: ["Read"] } } },
    { FeatureIndex: 5, FeatureDescription: "Ring", Output: { Constrict: { Value: [0, 5] } } },
  ];
}

/** The handshake a client of `version` sends. */
export function requestServerInfo(version: SpecVersion, id = 1, name = "legacy app"): Msg {
  const info: Record<string, unknown> = { Id: id, ClientName: name };
  if (version >= 1) info.MessageVersion = version;
  return { RequestServerInfo: info };
}

/** A running session for a client of `version` (not yet handshaken). */
export async function legacySession(version: SpecVersion) {
  const device = new TestDevice({ name: "Legacy Toy", identifier: "test/legacy", features: legacyFeatures() });
  const source = new TestDeviceSource([device]);
  const session = await startSession(inProcess, { name: "legacy server", maxPingTime: 0, deviceSources: [source] });
  session.client.version = version;
  const client: FrameClient = session.client;

  /** Handshake, then StartScanning until the device is announced; returns the announcement. */
  async function connectAndScan(): Promise<Msg> {
    await client.request(requestServerInfo(version));
    const mark = client.received.length;
    expect(await client.request({ StartScanning: { Id: 2 } })).toEqual({ Ok: { Id: 2 } });
    return client.next((m) => nameOf(m) === "DeviceAdded", mark);
  }

  /** Send one message and return its reply; the device's new commands since the send. */
  async function command(
    message: Msg,
  ): Promise<{ reply: Msg; outputs: Array<{ featureIndex: number; command: v4.OutputCommand }> }> {
    const before = device.outputs.length;
    const reply = await client.request(message);
    return { reply, outputs: device.outputs.slice(before) };
  }

  return { ...session, device, source, client, connectAndScan, command };
}

/** The ErrorCode and message of an Error reply (fails the test when it is not an Error). */
export function errorOf(reply: Msg): { Id: number; ErrorCode: number; ErrorMessage: string } {
  expect(nameOf(reply)).toBe("Error");
  return body(reply) as { Id: number; ErrorCode: number; ErrorMessage: string };
}
