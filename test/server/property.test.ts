/**
 * Property: whatever frame a client throws at a session — random text, random JSON, random
 * message-shaped objects, valid messages with one field mutated — every answer is valid for the
 * client's spec version (generated validators) and the session still answers a Ping afterwards.
 */
import fc from "fast-check";
import type { SpecVersion } from "../../generated";
import { silentLogger } from "../../runtime/log";
import { ButtplugServer, TestDevice, TestDeviceSource, everyFeature, vibratorFeatures } from "../../runtime/server";
import { createInProcessPair } from "../../runtime/transport";
import { FrameClient, nameOf } from "./helpers";

type Json = Record<string, unknown>;

const templates: Record<number, Json[]> = {
  4: [
    { RequestDeviceList: { Id: 1 } },
    { StartScanning: { Id: 1 } },
    { StopScanning: { Id: 1 } },
    { OutputCmd: { Id: 1, DeviceIndex: 0, FeatureIndex: 0, Command: { Vibrate: { Value: 5 } } } },
    {
      OutputCmd: {
        Id: 1,
        DeviceIndex: 0,
        FeatureIndex: 9,
        Command: { HwPositionWithDuration: { Value: 50, Duration: 300 } },
      },
    },
    { InputCmd: { Id: 1, DeviceIndex: 0, FeatureIndex: 10, Type: "Battery", Command: "Read" } },
    { InputCmd: { Id: 1, DeviceIndex: 0, FeatureIndex: 12, Type: "Pressure", Command: "Subscribe" } },
    { StopCmd: { Id: 1, DeviceIndex: 0, FeatureIndex: 1, Inputs: true, Outputs: false } },
    { Ping: { Id: 1 } },
  ],
  3: [
    { RequestDeviceList: { Id: 1 } },
    { ScalarCmd: { Id: 1, DeviceIndex: 0, Scalars: [{ Index: 0, Scalar: 0.5, ActuatorType: "Vibrate" }] } },
    { LinearCmd: { Id: 1, DeviceIndex: 0, Vectors: [{ Index: 0, Duration: 100, Position: 0.5 }] } },
    { RotateCmd: { Id: 1, DeviceIndex: 0, Rotations: [{ Index: 0, Speed: 0.5, Clockwise: true }] } },
    { SensorReadCmd: { Id: 1, DeviceIndex: 0, SensorIndex: 0, SensorType: "Battery" } },
    { SensorSubscribeCmd: { Id: 1, DeviceIndex: 0, SensorIndex: 0, SensorType: "Battery" } },
    { StopDeviceCmd: { Id: 1, DeviceIndex: 0 } },
    { StopAllDevices: { Id: 1 } },
    { VibrateCmd: { Id: 1, DeviceIndex: 0, Speeds: [{ Index: 0, Speed: 0.5 }] } },
  ],
  0: [
    { SingleMotorVibrateCmd: { Id: 1, DeviceIndex: 0, Speed: 0.5 } },
    { FleshlightLaunchFW12Cmd: { Id: 1, DeviceIndex: 0, Position: 50, Speed: 50 } },
    { VorzeA10CycloneCmd: { Id: 1, DeviceIndex: 0, Speed: 50, Clockwise: true } },
    { StopDeviceCmd: { Id: 1, DeviceIndex: 0 } },
    { Test: { Id: 1, TestString: "x" } },
    { RequestLog: { Id: 1, LogLevel: "Off" } },
  ],
};

const jsonValue = fc.jsonValue({ maxDepth: 3 });
/** Names worth trying: this version's, other versions', and nonsense. Never Disconnect (it ends the session by design). */
const names = fc.constantFrom(
  "Ping",
  "OutputCmd",
  "InputCmd",
  "StopCmd",
  "ScalarCmd",
  "DeviceList",
  "Ok",
  "Error",
  "RequestServerInfo",
  "Test",
  "RawWriteCmd",
  "Nope",
  "",
  "__proto__",
);

/** A valid message with one thing changed: a field replaced, removed or added, or the Id bent. */
function mutated(version: number): fc.Arbitrary<Json> {
  return fc
    .tuple(
      fc.constantFrom(...templates[version]),
      fc.nat(),
      fc.constantFrom("replace", "remove", "add", "id", "deep"),
      jsonValue,
      fc.string({ maxLength: 8 }),
    )
    .map(([template, pick, how, value, key]) => {
      const copy = JSON.parse(JSON.stringify(template)) as Record<string, Record<string, unknown>>;
      const [name] = Object.keys(copy);
      const body = copy[name];
      const fields = Object.keys(body);
      const field = fields[pick % fields.length];
      if (how === "replace") body[field] = value;
      else if (how === "remove") delete body[field];
      else if (how === "add") body[key || "Extra"] = value;
      else if (how === "id") body.Id = [0, -1, 1.5, 4294967296, "1", null][pick % 6];
      else {
        // Replace a value somewhere below the first level.
        const nested = Object.values(body).find((v) => v !== null && typeof v === "object") as
          | Record<string, unknown>
          | undefined;
        if (nested) {
          const target = Array.isArray(nested) ? (nested[0] as Record<string, unknown>) : nested;
          const keys = Object.keys(target ?? {});
          if (target && keys.length) target[keys[pick % keys.length]] = value;
        }
      }
      return copy;
    });
}

function frames(version: number): fc.Arbitrary<string> {
  const message = fc.oneof(
    mutated(version),
    fc.constantFrom(...templates[version]),
    fc.tuple(names, jsonValue).map(([name, body]) => ({ [name]: body })),
    jsonValue,
  );
  return fc.oneof(
    fc.string({ maxLength: 40 }),
    jsonValue.map((v) => JSON.stringify(v)),
    fc.array(message, { minLength: 0, maxLength: 4 }).map((ms) => JSON.stringify(ms)),
    mutated(version).map((m) => JSON.stringify([m])),
  );
}

describe.each([4, 3, 0] as const)("a spec v%i session under arbitrary frames", (version) => {
  let server: ButtplugServer;
  let client: FrameClient;
  let device: TestDevice;

  beforeAll(async () => {
    device = new TestDevice({ name: "Everything", features: version === 4 ? everyFeature() : vibratorFeatures() });
    server = new ButtplugServer({ deviceSources: [new TestDeviceSource([device])], log: silentLogger });
    const pair = createInProcessPair();
    server.connect(pair.server);
    client = new FrameClient(pair.client);
    client.version = version as SpecVersion;
    const handshake =
      version === 4
        ? { RequestServerInfo: { Id: 1, ClientName: "fuzz", ProtocolVersionMajor: 4, ProtocolVersionMinor: 0 } }
        : version === 0
          ? { RequestServerInfo: { Id: 1, ClientName: "fuzz" } }
          : { RequestServerInfo: { Id: 1, ClientName: "fuzz", MessageVersion: version } };
    expect(nameOf(await client.request(handshake))).toBe("ServerInfo");
    await client.request({ StartScanning: { Id: 2 } });
  });
  afterAll(async () => {
    await server.shutdown();
  });

  test("every answer is spec-valid and the session stays usable", async () => {
    let pingId = 1000000;
    await fc.assert(
      fc.asyncProperty(frames(version), async (frame) => {
        client.sendRaw(frame);
        const id = ++pingId;
        const reply = await client.request({ Ping: { Id: id } });
        expect(reply).toEqual({ Ok: { Id: id } });
        expect(client.invalid).toEqual([]);
        expect(server.session?.connected).toBe(true);
      }),
      { numRuns: 150 },
    );
    // Replies that were still on their way when the last Ping came back.
    expect(await client.request({ Ping: { Id: ++pingId } })).toEqual({ Ok: { Id: pingId } });
    expect(client.invalid).toEqual([]);
  });
});
