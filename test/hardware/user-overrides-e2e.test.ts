/**
 * User overrides end to end: the real device config + a user config, through createHardwareDevice
 * and the real protocols. A disabled output is hidden from the client but the protocol still gets
 * the whole hardware layout with the config's ranges, so packets keep their length and every
 * motor its place (reference: disabled outputs stay in the definition, marked disabled).
 */
import { ErrorCode } from "../../runtime/errors";
import { applyUserConfigFile, loadDeviceConfig } from "../../runtime/hardware/config";
import { createHardwareDevice } from "../../runtime/hardware/comm/identify";
import type { DeviceDefinition, Protocol } from "../../runtime/hardware/protocol";
import { getProtocol } from "../../runtime/hardware/protocols";
import { FakeClock } from "./fake-clock";
import { FakeLink, describeCommand, describeWrite } from "./fake-link";
import { recordingLogger } from "./test-protocol";

/** A v4 user-config device entry: per base feature id, the output overrides (or none). */
function device(
  protocol: string,
  identifier: string,
  address: string,
  baseId: string,
  features: [string, object?][],
  n: number,
) {
  const id = (k: number) => `5e1f0000-0000-4000-8000-${String(n * 100 + k).padStart(12, "0")}`;
  return {
    identifier: { protocol, identifier, address },
    config: {
      id: id(0),
      base_id: baseId,
      features: features.map(([base, output], k) => ({ id: id(k + 1), base_id: base, ...(output ? { output } : {}) })),
      user_config: { allow: false, deny: false, index: 10 + n },
    },
  };
}

const userConfig = {
  version: { major: 4, minor: 0 },
  user_configs: {
    devices: [
      // Satisfyer Double Desire (model 10160): motor 1 narrowed to [10, 60], motor 2 disabled.
      device(
        "satisfyer",
        "10160",
        "SF:01",
        "17d338a2-dcb1-4170-9a01-ab2250f73b8f",
        [
          ["c1c09c65-a2d4-4caa-9f56-cec54897758b", { vibrate: { value: [10, 60] } }],
          ["bc03728b-573a-40d6-ae99-1aa1f508a804", { vibrate: { disabled: true } }],
        ],
        1,
      ),
      // Lovense Edge: motor 1 narrowed to [5, 15], motor 2 disabled, battery as configured.
      device(
        "lovense",
        "P",
        "EDGE-1",
        "2e309985-6bbf-4b75-866f-76d845b3ce42",
        [
          ["cb286b22-998b-4420-82f3-84e8d39db6b5", { vibrate: { value: [5, 15] } }],
          ["c8b72e1d-d7d4-4417-8cbc-e6c0f435889a", { vibrate: { disabled: true } }],
          ["66b31efb-3bd9-4e3a-9972-88c66e9fca28"],
        ],
        2,
      ),
      // MysteryVibe Crescendo (six motors from the protocol defaults): the third motor disabled.
      device(
        "mysteryvibe",
        "MV Crescendo",
        "MV:01",
        "09470af5-da2f-45f4-b540-da653c4c0b40",
        [
          ["40c417e0-8a0b-4017-a0b5-2b33df4f0acc"],
          ["84057071-af0e-4156-9f82-f7afc794bcde"],
          ["edaa4f3d-71c2-43b3-b9c3-b6a425b27200", { vibrate: { disabled: true } }],
          ["b977c4f4-1585-49c4-9980-c2e8d329f713"],
          ["ba9c09c7-1948-4b6f-823f-d9fd1380709c"],
          ["5a0a0429-5fb6-4bcb-bb4c-5e14f4338677"],
        ],
        3,
      ),
    ],
  },
};

/** The real config with the user config applied (which must load cleanly), and protocol.create spied on. */
function setup() {
  const { log, lines } = recordingLogger("warn");
  const config = loadDeviceConfig({ log });
  applyUserConfigFile(config, "<test user config>", log, JSON.stringify(userConfig));
  expect(lines).toEqual([]);
  const created: DeviceDefinition[] = [];
  const spy = (name: string): Protocol | undefined => {
    const real = getProtocol(name);
    if (!real) return undefined;
    const create: Protocol["create"] = (definition) => {
      created.push(definition);
      return real.create(definition);
    };
    return { ...real, create };
  };
  const clock = new FakeClock();
  return { context: { config, getProtocol: spy, log, clock }, created, clock, lines };
}

describe("a user-disabled motor and a narrowed one, end to end", () => {
  test("Satisfyer: the client sees one motor 0–50; packets keep both motors, as the reference sends them", async () => {
    const { context, created } = setup();
    const link = Object.assign(new FakeLink("SF Double Desire", "SF:01"), {
      manufacturerData: [{ company: 93, data: [0, 0, 39, 176] }],
    });
    const sf = (await createHardwareDevice(link, "satisfyer", context))!;
    expect(sf?.name).toBe("Satisfyer Double Desire");

    // The client's view: the disabled motor is gone, the other shows the narrowed range.
    expect([...sf.features.values()]).toEqual([
      { FeatureIndex: 0, FeatureDescription: "", Output: { Vibrate: { Value: [0, 50] } } },
    ]);
    // The protocol's view: both motors, hardware ranges.
    expect(created[0].features.map((f) => [f.FeatureIndex, f.Output])).toEqual([
      [0, { Vibrate: { Value: [0, 100] } }],
      [1, { Vibrate: { Value: [0, 100] } }],
    ]);

    await sf.output(0, { Vibrate: { Value: 20 } }); // 10 + 20 = 30 = 0x1e
    await sf.output(0, { Vibrate: { Value: 50 } }); // the top: 60 = 0x3c
    await expect(sf.output(0, { Vibrate: { Value: 51 } })).rejects.toMatchObject({ code: ErrorCode.Device });
    await expect(sf.output(1, { Vibrate: { Value: 10 } })).rejects.toMatchObject({
      code: ErrorCode.Device,
      message: expect.stringMatching(/feature 1: its Vibrate output is disabled/),
    });
    await sf.stop({ featureIndex: 0 });
    await sf.output(0, { Vibrate: { Value: 1 } });
    await sf.stop();
    expect(link.commands.map(describeCommand)).toEqual([
      describeWrite("command", [0x01], true),
      // stop on connect (repeat-last-packet keepalive): one per motor, the disabled one too
      describeWrite("tx", [0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00]),
      describeWrite("tx", [0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00]),
      describeWrite("tx", [0x1e, 0x1e, 0x1e, 0x1e, 0x00, 0x00, 0x00, 0x00]),
      describeWrite("tx", [0x3c, 0x3c, 0x3c, 0x3c, 0x00, 0x00, 0x00, 0x00]),
      describeWrite("tx", [0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00]), // stop of feature 0
      describeWrite("tx", [0x0b, 0x0b, 0x0b, 0x0b, 0x00, 0x00, 0x00, 0x00]),
      describeWrite("tx", [0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00]), // stop of the device: motor 2 is still at 0 (the cache)
    ]);
    await sf.disconnect();
  });

  test("Lovense Edge: still addressed as a two-motor device (Vibrate1), battery stays; stop zeroes both motors", async () => {
    const { context, created } = setup();
    const link = new FakeLink("LVS-Edge", "EDGE-1");
    link.respond = (c) => {
      if (c.kind !== "write") return undefined;
      const text = String.fromCharCode(...c.data);
      if (text === "DeviceType;") return { endpoint: "rx", data: [...Buffer.from("P:02:0082059AD3BD;")] };
      if (text === "Battery;") return { endpoint: "rx", data: [...Buffer.from("64;")] };
      return undefined;
    };
    const edge = (await createHardwareDevice(link, "lovense", context))!;
    expect([...edge.features.keys()]).toEqual([0, 2]);
    expect(edge.features.get(0)!.Output).toEqual({ Vibrate: { Value: [0, 10] } });
    expect(created[0].features.map((f) => f.Output)).toEqual([
      { Vibrate: { Value: [0, 20] } },
      { Vibrate: { Value: [0, 20] } },
      undefined,
    ]);

    await edge.output(0, { Vibrate: { Value: 10 } });
    await expect(edge.output(1, { Vibrate: { Value: 1 } })).rejects.toMatchObject({ code: ErrorCode.Device });
    await expect(edge.read(2, "Battery")).resolves.toEqual({ Battery: { Value: 64 } });
    await edge.stop();
    expect(link.commands.map(describeCommand)).toEqual([
      "subscribe rx",
      describeWrite("tx", "DeviceType;"),
      // A one-motor Lovense would get "Vibrate:15;", which drives both motors.
      describeWrite("tx", "Vibrate1:15;"),
      describeWrite("tx", "Battery;"),
      // The reference's stop covers every output of the definition, disabled ones too.
      describeWrite("tx", "Vibrate1:0;"),
      describeWrite("tx", "Vibrate2:0;"),
    ]);
  });

  test("MysteryVibe Crescendo: with the third motor disabled, the frame keeps six motors and motor 4 is byte 4", async () => {
    const { context, lines } = setup();
    const link = new FakeLink("MV Crescendo", "MV:01");
    const mv = (await createHardwareDevice(link, "mysteryvibe", context))!;
    // Connecting stops every motor once (keepalive device): all six must be addressable.
    expect(lines).toEqual([]);
    expect(mv).toBeDefined();
    expect([...mv.features.keys()]).toEqual([0, 1, 3, 4, 5]);
    link.commands.length = 0; // init and the stop on connect
    await mv.output(3, { Vibrate: { Value: 40 } });
    await mv.output(5, { Vibrate: { Value: 56 } });
    await expect(mv.output(2, { Vibrate: { Value: 1 } })).rejects.toMatchObject({ code: ErrorCode.Device });
    await mv.stop({ featureIndex: 3 });
    expect(link.commands.map(describeCommand)).toEqual([
      describeWrite("txvibrate", [0x00, 0x00, 0x00, 0x28, 0x00, 0x00]),
      describeWrite("txvibrate", [0x00, 0x00, 0x00, 0x28, 0x00, 0x38]),
      describeWrite("txvibrate", [0x00, 0x00, 0x00, 0x00, 0x00, 0x38]),
    ]);
    await mv.disconnect();
  });
});
