/**
 * What a spec v0–v3 client knows of the devices from the start (reference parity: the server's
 * event converter starts from the devices connected when the client connects). A client that
 * never sends RequestDeviceList can command devices that were already there or that it learned
 * from events, and is never told DeviceAdded for a device that existed before it connected.
 */
import type { SpecVersion } from "../../generated";
import { TestDevice, TestDeviceSource, vibratorFeatures } from "../../runtime/server";
import { body, inProcess, nameOf, startSession, type Msg } from "./helpers";
import { requestServerInfo } from "./legacy";

/** A command that vibrates motor 0 of DeviceIndex `index` at half speed, in the words of `version`. */
function vibrate(version: SpecVersion, id: number, index: number): Msg {
  if (version === 0) return { SingleMotorVibrateCmd: { Id: id, DeviceIndex: index, Speed: 0.5 } };
  if (version <= 2) return { VibrateCmd: { Id: id, DeviceIndex: index, Speeds: [{ Index: 0, Speed: 0.5 }] } };
  return { ScalarCmd: { Id: id, DeviceIndex: index, Scalars: [{ Index: 0, Scalar: 0.5, ActuatorType: "Vibrate" }] } };
}

describe.each([0, 1, 2, 3] as SpecVersion[])("spec v%i client connecting after a device", (version) => {
  test("commands the device without RequestDeviceList, and hears only of devices that come and go later", async () => {
    const first = new TestDevice({ name: "Early", identifier: "test/early", features: vibratorFeatures() });
    const second = new TestDevice({ name: "Late", identifier: "test/late", features: vibratorFeatures() });
    const source = new TestDeviceSource();
    const session = await startSession(inProcess, { name: "known devices", deviceSources: [source] });
    const { client } = session;
    client.version = version;
    try {
      source.add(first); // connected before the client
      await client.request(requestServerInfo(version));

      // The device that was already there: commandable at once.
      expect(await client.request(vibrate(version, 2, 0))).toEqual({ Ok: { Id: 2 } });
      // (v0 SingleMotorVibrateCmd drives every motor; motor 0 comes first in every version.)
      expect(first.outputs[0]).toEqual({ featureIndex: 0, command: { Vibrate: { Value: 10 } } });

      // A device arriving later is announced alone; the client can command it from the event.
      const mark = client.received.length;
      source.add(second);
      const added = await client.next((m) => nameOf(m) === "DeviceAdded", mark);
      expect(body(added)).toMatchObject({ Id: 0, DeviceIndex: 1, DeviceName: "Late" });
      expect(await client.request(vibrate(version, 3, 1))).toEqual({ Ok: { Id: 3 } });
      expect(second.outputs.length).toBeGreaterThan(0);

      // The early device leaving is announced; nothing ever announced it as added.
      await first.disconnect();
      const removed = await client.next((m) => nameOf(m) === "DeviceRemoved", mark);
      expect(body(removed)).toEqual({ Id: 0, DeviceIndex: 0 });
      await client.request({ Ping: { Id: 4 } });
      const announced = client.received.filter((m) => nameOf(m) === "DeviceAdded").map((m) => body(m).DeviceIndex);
      expect(announced).toEqual([1]);
      expect(client.invalid).toEqual([]);
    } finally {
      await session.close();
    }
  });
});

test("a device that left before the client connected is unknown to it", async () => {
  const gone = new TestDevice({ name: "Gone", identifier: "test/gone", features: vibratorFeatures() });
  const source = new TestDeviceSource();
  const session = await startSession(inProcess, { deviceSources: [source] });
  const { client } = session;
  client.version = 3;
  try {
    source.add(gone);
    await gone.disconnect();
    await client.request(requestServerInfo(3));
    const reply = await client.request(vibrate(3, 2, 0));
    expect(nameOf(reply)).toBe("Error");
    expect(body(reply).ErrorMessage).toMatch(/DeviceIndex 0 is not a device this client knows/);
  } finally {
    await session.close();
  }
});
