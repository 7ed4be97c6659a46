import { ButtplugError, ErrorCode } from "../../runtime/errors";
import { HardwareDevice, type HardwareDefinition } from "../../runtime/hardware/hardware-device";
import { FakeClock, flush } from "./fake-clock";
import { FakeLink } from "./fake-link";
import type { v4 } from "../../generated";
import { applyUserConfigFile, loadDeviceConfig, type OutputLimits } from "../../runtime/hardware/config";
import { createHardwareDevice } from "../../runtime/hardware/comm/identify";
import { getProtocol } from "../../runtime/hardware/protocols";
import { recordingLogger, testDefinition, testHandler } from "./test-protocol";
import type { HardwareCommand } from "../../runtime/hardware/protocol";

/** A Lovense device on a FakeLink that answers "DeviceType;" with `deviceType`. */
function lovenseLink(name: string, address: string, deviceType: string): FakeLink {
  const link = new FakeLink(name, address);
  link.respond = (c) =>
    c.kind === "write" && String.fromCharCode(...c.data) === "DeviceType;"
      ? { endpoint: "rx", data: [...deviceType].map((ch) => ch.charCodeAt(0)) }
      : undefined;
  return link;
}

function setup(options: { gap?: number; keepalive?: boolean } = {}) {
  const link = new FakeLink();
  const clock = new FakeClock();
  const handler = testHandler();
  if (options.keepalive)
    handler.keepalive = () => ({
      intervalMs: 1000,
      commands: [{ kind: "write", endpoint: "tx", data: Uint8Array.of(0xee), withResponse: false }],
    });
  const device = new HardwareDevice({ definition: testDefinition(options.gap ?? 0), handler, link, clock });
  return { link, clock, device, handler };
}

describe("HardwareDevice", () => {
  test("exposes the definition as a ServerDevice", () => {
    const { device } = setup({ gap: 50 });
    expect(device.identifier).toBe("bpkit-test/AA:BB");
    expect(device.name).toBe("Test Vibrator");
    expect(device.timingGap).toBe(50);
    expect([...device.features.keys()]).toEqual([0, 1, 2]);
    expect(device.features.get(0)).toEqual({
      FeatureIndex: 0,
      FeatureDescription: "",
      Output: { Vibrate: { Value: [0, 20] } },
    });
    expect(device.connected).toBe(true);
  });

  test("output turns a v4 command into the handler's bytes on the link", async () => {
    const { device, link } = setup();
    await device.output(0, { Vibrate: { Value: 10 } } as never);
    await device.output(1, { Rotate: { Value: 3 } } as never);
    expect(link.writes).toEqual([
      [0xa0, 0, 10],
      [0xa1, 1, 3],
    ]);
  });

  test("a protocol whose readInput throws instead of rejecting gives ERROR_DEVICE and leaves nothing in flight", async () => {
    const { device, handler } = setup();
    handler.readInput = () => {
      throw new Error("malformed reply");
    };
    await expect(device.read(2, "Battery" as never)).rejects.toMatchObject({
      code: ErrorCode.Device,
      message: expect.stringContaining("malformed reply"),
    });
    expect((device as unknown as { inFlight: Set<unknown> }).inFlight.size).toBe(0);
  });

  test("output to a missing feature or an output the feature lacks is ERROR_DEVICE", async () => {
    const { device, link } = setup();
    await expect(device.output(7, { Vibrate: { Value: 1 } } as never)).rejects.toMatchObject({
      code: ErrorCode.Device,
    });
    await expect(device.output(0, { Rotate: { Value: 1 } } as never)).rejects.toMatchObject({ code: ErrorCode.Device });
    expect(link.writes).toEqual([]);
  });

  test("timing gap: fast commands are coalesced to the latest value, all callers get Ok", async () => {
    const { device, link, clock } = setup({ gap: 100 });
    await device.output(0, { Vibrate: { Value: 1 } } as never);
    const rest = [2, 3, 4].map((v) => device.output(0, { Vibrate: { Value: v } } as never));
    await flush();
    expect(link.writes).toEqual([[0xa0, 0, 1]]);
    await clock.advance(100);
    await expect(Promise.all(rest)).resolves.toEqual([undefined, undefined, undefined]);
    expect(link.writes).toEqual([
      [0xa0, 0, 1],
      [0xa0, 0, 4],
    ]);
  });

  test("a stop inside the gap replaces the values waiting for it and goes out with the gap's batch", async () => {
    const { device, link, clock } = setup({ gap: 100 });
    await device.output(0, { Vibrate: { Value: 5 } } as never);
    const pending = device.output(0, { Vibrate: { Value: 9 } } as never);
    const stopped = device.stop();
    await flush();
    expect(link.writes).toEqual([[0xa0, 0, 5]]);
    await clock.advance(100);
    await stopped;
    // Vibrate 9 never reaches the device: the stop's packet for feature 0 replaced it.
    expect(link.writes).toEqual([
      [0xa0, 0, 5],
      [0xa0, 0, 0],
      [0xa1, 1, 0],
    ]);
    await expect(pending).resolves.toBeUndefined();
    await clock.advance(1000);
    expect(link.writes).toHaveLength(3);
  });

  test("a repeated identical command writes nothing (the last-value cache; message Ids do not matter)", async () => {
    const { device, link } = setup();
    await device.output(0, { Vibrate: { Value: 10 } } as never);
    await device.output(0, { Vibrate: { Value: 10 } } as never);
    await device.output(1, { Rotate: { Value: 10 } } as never);
    await device.output(0, { Vibrate: { Value: 10 } } as never);
    expect(link.writes).toEqual([
      [0xa0, 0, 10],
      [0xa1, 1, 10],
    ]);
    await device.output(0, { Vibrate: { Value: 11 } } as never);
    await device.output(0, { Vibrate: { Value: 10 } } as never);
    expect(link.writes).toEqual([
      [0xa0, 0, 10],
      [0xa1, 1, 10],
      [0xa0, 0, 11],
      [0xa0, 0, 10],
    ]);
  });

  test("a stop does not bypass the timing gap: it waits for it like any command, as the reference's stop does", async () => {
    // Reference: device_handle.rs handle_stop_device_cmd → parse_message → the same batched
    // channel as OutputCmd (device_task.rs), so a stop right after a command waits out the gap.
    const { device, link, clock } = setup({ gap: 100 });
    await device.output(0, { Vibrate: { Value: 5 } } as never);
    let stopped = false;
    const stopping = device.stop().then(() => {
      stopped = true;
    });
    await clock.advance(99);
    expect(link.writes).toEqual([[0xa0, 0, 5]]);
    expect(stopped).toBe(false);
    await clock.advance(1);
    await stopping;
    expect(link.writes).toEqual([
      [0xa0, 0, 5],
      [0xa0, 0, 0],
      [0xa1, 1, 0],
    ]);
  });

  test("a stop for features already at 0 sends nothing; a stop after a command does", async () => {
    const { device, link } = setup();
    await device.stop();
    expect(link.writes).toEqual([
      [0xa0, 0, 0],
      [0xa1, 1, 0],
    ]);
    await device.stop();
    expect(link.writes).toHaveLength(2);
    await device.output(1, { Rotate: { Value: 4 } } as never);
    await device.stop();
    expect(link.writes.slice(2)).toEqual([
      [0xa1, 1, 4],
      [0xa1, 1, 0],
    ]);
  });

  test("a handler that throws makes output reject with ERROR_DEVICE (not throw)", async () => {
    const { device, handler } = setup();
    handler.output = () => {
      throw new Error("value out of range for this protocol");
    };
    const result = device.output(0, { Vibrate: { Value: 1 } } as never);
    await expect(result).rejects.toMatchObject({
      code: ErrorCode.Device,
      message: expect.stringContaining("value out of range"),
    });
  });

  test("a command right after a stop waits for the gap", async () => {
    const { device, link, clock } = setup({ gap: 100 });
    await clock.advance(1000);
    await device.stop();
    const next = device.output(0, { Vibrate: { Value: 7 } } as never);
    await flush();
    expect(link.writes).toEqual([
      [0xa0, 0, 0],
      [0xa1, 1, 0],
    ]);
    await clock.advance(100);
    await next;
    expect(link.writes).toEqual([
      [0xa0, 0, 0],
      [0xa1, 1, 0],
      [0xa0, 0, 7],
    ]);
  });

  test("stop sets each output feature's first stoppable output to 0; a feature stop only touches that feature", async () => {
    const { device, link } = setup();
    await device.output(0, { Vibrate: { Value: 3 } } as never);
    await device.output(1, { Rotate: { Value: 3 } } as never);
    await device.stop({ featureIndex: 1 });
    expect(link.writes.slice(2)).toEqual([[0xa1, 1, 0]]);
    await device.stop();
    expect(link.writes.slice(3)).toEqual([[0xa0, 0, 0]]);
  });

  test("read asks the protocol, which talks over the link", async () => {
    const { device, link } = setup();
    link.respond = (c) => (c.kind === "write" && c.data[0] === 0xb0 ? { endpoint: "rx", data: [0xb1, 85] } : undefined);
    await expect(device.read(2, "Battery" as never)).resolves.toEqual({ Battery: { Value: 85 } });
    await expect(device.read(0, "Battery" as never)).rejects.toMatchObject({ code: ErrorCode.Device });
  });

  test("subscribed inputs become reading events; unsubscribe and stop({inputs}) end them", async () => {
    const { device, link } = setup();
    const readings: unknown[] = [];
    device.on("reading", (index, reading) => readings.push([index, reading]));
    link.deviceSends("rx", [0xb1, 10]);
    expect(readings).toEqual([]);
    await device.subscribe(2, "Battery" as never);
    link.deviceSends("rx", [0xb1, 20]);
    link.deviceSends("rx", [0x00]);
    expect(readings).toEqual([[2, { Battery: { Value: 20 } }]]);
    await device.stop({ outputs: false });
    link.deviceSends("rx", [0xb1, 30]);
    expect(readings).toHaveLength(1);
    expect(link.commands.filter((c) => c.kind === "unsubscribe")).toHaveLength(1);
  });

  test("link loss mid-command rejects it with ERROR_DEVICE and emits disconnected once", async () => {
    const { device, link } = setup();
    let disconnects = 0;
    device.on("disconnected", () => disconnects++);
    link.hold = true;
    const inFlight = device.output(0, { Vibrate: { Value: 3 } } as never);
    await flush();
    link.drop();
    link.drop();
    const error = await inFlight.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ButtplugError);
    expect(error).toMatchObject({ code: ErrorCode.Device, message: expect.stringContaining("device disconnected") });
    expect(disconnects).toBe(1);
    expect(device.connected).toBe(false);
    await expect(device.output(0, { Vibrate: { Value: 1 } } as never)).rejects.toMatchObject({
      code: ErrorCode.Device,
    });
    await expect(device.stop()).rejects.toMatchObject({ code: ErrorCode.Device });
    await device.disconnect();
    expect(disconnects).toBe(1);
  });

  test("link loss rejects values waiting for the timing gap", async () => {
    const { device, link } = setup({ gap: 100 });
    await device.output(0, { Vibrate: { Value: 1 } } as never);
    const waiting = device.output(0, { Vibrate: { Value: 2 } } as never);
    link.drop();
    await expect(waiting).rejects.toMatchObject({ code: ErrorCode.Device });
  });

  test("disconnect() closes the link and emits disconnected once", async () => {
    const { device, link } = setup();
    let disconnects = 0;
    device.on("disconnected", () => disconnects++);
    await device.disconnect();
    expect(link.connected).toBe(false);
    expect(disconnects).toBe(1);
  });

  test("keepalive re-sends the handler's commands on its interval until disconnect", async () => {
    const { device, link, clock } = setup({ keepalive: true });
    await clock.advance(2500);
    expect(link.writes).toEqual([[0xee], [0xee]]);
    await device.disconnect();
    await clock.advance(5000);
    expect(link.writes).toHaveLength(2);
  });
});

describe("HardwareDevice keepalive", () => {
  /** A handler whose keepalive is its current packet, built fresh on each call (like mysteryvibe). */
  function currentPacketSetup() {
    const link = new FakeLink();
    const clock = new FakeClock();
    const handler = testHandler();
    let level = 0;
    const output = handler.output.bind(handler);
    handler.output = (featureIndex, command) => {
      level = (Object.values(command)[0] as { Value: number }).Value;
      return output(featureIndex, command);
    };
    handler.keepalive = () => ({
      intervalMs: 1000,
      commands: [{ kind: "write", endpoint: "tx", data: Uint8Array.of(0xee, level), withResponse: false }],
    });
    const device = new HardwareDevice({ definition: testDefinition(), handler, link, clock });
    return { link, clock, device };
  }

  test("each tick asks the handler again, so the device hears the packet for the current state", async () => {
    const { device, link, clock } = currentPacketSetup();
    await clock.advance(1000);
    await device.output(0, { Vibrate: { Value: 7 } } as never);
    await clock.advance(1000);
    await device.output(0, { Vibrate: { Value: 3 } } as never);
    await clock.advance(1000);
    expect(link.writes).toEqual([
      [0xee, 0],
      [0xa0, 0, 7],
      [0xee, 7],
      [0xa0, 0, 3],
      [0xee, 3],
    ]);
  });

  test("the keepalive fills silences only: a command resets the wait for the next one", async () => {
    const { device, link, clock } = currentPacketSetup();
    await clock.advance(600);
    await device.output(0, { Vibrate: { Value: 5 } } as never);
    // 1000 ms after connect, but only 400 ms after the command: nothing yet.
    await clock.advance(400);
    expect(link.writes).toEqual([[0xa0, 0, 5]]);
    await clock.advance(600);
    expect(link.writes).toEqual([
      [0xa0, 0, 5],
      [0xee, 5],
    ]);
    await clock.advance(1000);
    expect(link.writes).toEqual([
      [0xa0, 0, 5],
      [0xee, 5],
      [0xee, 5],
    ]);
  });

  test("an update loop goes out on every tick, right after other writes too", async () => {
    const link = new FakeLink();
    const clock = new FakeClock();
    const handler = testHandler();
    handler.keepalive = () => ({
      intervalMs: 300,
      updateLoop: true,
      commands: [{ kind: "write", endpoint: "tx", data: Uint8Array.of(0xee), withResponse: false }],
    });
    const device = new HardwareDevice({ definition: testDefinition(), handler, link, clock });
    await clock.advance(250);
    await device.output(0, { Vibrate: { Value: 5 } } as never);
    await clock.advance(350);
    expect(link.writes).toEqual([[0xa0, 0, 5], [0xee], [0xee]]);
  });

  test("a tick with no keepalive answer sends nothing and asks again an interval later", async () => {
    const link = new FakeLink();
    const clock = new FakeClock();
    const handler = testHandler();
    const answers = [true, false, true];
    handler.keepalive = () => {
      const answer = answers.shift() ?? true;
      return answer
        ? {
            intervalMs: 1000,
            commands: [{ kind: "write", endpoint: "tx", data: Uint8Array.of(0xee), withResponse: false }],
          }
        : undefined;
    };
    new HardwareDevice({ definition: testDefinition(), handler, link, clock });
    await clock.advance(1000);
    expect(link.writes).toEqual([]);
    await clock.advance(1000);
    expect(link.writes).toEqual([[0xee]]);
  });
});

describe("HardwareDevice output limits (user-narrowed ranges)", () => {
  /** The test definition with Vibrate narrowed to [5, 15] of [0, 20] and Rotate as configured. */
  function limitedSetup() {
    const link = new FakeLink();
    const definition: HardwareDefinition = {
      ...testDefinition(),
      outputLimits: new Map<number, Map<v4.OutputType, OutputLimits>>([
        [0, new Map([["Vibrate", { base: [0, 20], user: [5, 15], reverse: false }]])],
        [1, new Map([["Rotate", { base: [0, 20], reverse: false }]])],
      ]),
    };
    const device = new HardwareDevice({ definition, handler: testHandler(), link, clock: new FakeClock() });
    return { link, device };
  }

  test("values are offset into the user's range before the protocol sees them; 0 stays a stop", async () => {
    const { device, link } = limitedSetup();
    await device.output(0, { Vibrate: { Value: 1 } } as never);
    await device.output(0, { Vibrate: { Value: 10 } } as never);
    await device.output(0, { Vibrate: { Value: 0 } } as never);
    await device.output(1, { Rotate: { Value: 20 } } as never);
    await device.stop();
    // The stop finds feature 0 already at 0 (the cache): only feature 1 gets one.
    expect(link.writes).toEqual([
      [0xa0, 0, 6],
      [0xa0, 0, 15],
      [0xa0, 0, 0],
      [0xa1, 1, 20],
      [0xa1, 1, 0],
    ]);
  });

  test("a value outside the range is ERROR_DEVICE naming feature, type and value; nothing is sent", async () => {
    const { device, link } = limitedSetup();
    await expect(device.output(0, { Vibrate: { Value: 11 } } as never)).rejects.toMatchObject({
      code: ErrorCode.Device,
      message: expect.stringMatching(/feature 0: Vibrate value 11 is outside/),
    });
    expect(link.writes).toEqual([]);
  });
});

describe("user-narrowed ranges end to end (device config + user config + real protocols)", () => {
  const userConfig = {
    version: { major: 4, minor: 0 },
    user_configs: {
      devices: [
        {
          identifier: { protocol: "lovense", identifier: "P", address: "EDGE-1" },
          config: {
            id: "7a1d0f5e-0000-4000-8000-000000000001",
            base_id: "2e309985-6bbf-4b75-866f-76d845b3ce42",
            features: [
              {
                id: "7a1d0f5e-0000-4000-8000-000000000002",
                base_id: "cb286b22-998b-4420-82f3-84e8d39db6b5",
                output: { vibrate: { value: [5, 15] } },
              },
              { id: "7a1d0f5e-0000-4000-8000-000000000003", base_id: "c8b72e1d-d7d4-4417-8cbc-e6c0f435889a" },
              { id: "7a1d0f5e-0000-4000-8000-000000000004", base_id: "66b31efb-3bd9-4e3a-9972-88c66e9fca28" },
            ],
            user_config: { allow: false, deny: false, index: 1 },
          },
        },
        {
          identifier: { protocol: "kiiroo-v2", identifier: "Launch", address: "LAUNCH-1" },
          config: {
            id: "7a1d0f5e-0000-4000-8000-000000000011",
            base_id: "f54eacbc-d84d-4c58-9410-9fbff25f14e8",
            features: [
              {
                id: "7a1d0f5e-0000-4000-8000-000000000012",
                base_id: "49b06ca8-dd4d-4306-91c6-931143dee212",
                output: { hw_position_with_duration: { value: [10, 90], duration: [0, 100000], reverse: true } },
              },
            ],
            user_config: { allow: false, deny: false, index: 2 },
          },
        },
      ],
    },
  };

  function context() {
    const { log, lines } = recordingLogger("warn");
    const config = loadDeviceConfig({ log });
    applyUserConfigFile(config, "<test user config>", log, JSON.stringify(userConfig));
    expect(lines).toEqual([]);
    return { config, getProtocol, log };
  }

  test("Lovense Edge with vibrate narrowed to [5, 15]: the client sees 0–10, the device gets 6–15", async () => {
    const link = lovenseLink("LVS-Edge", "EDGE-1", "P:02:0082059AD3BD;");
    const device = (await createHardwareDevice(link, "lovense", context()))!;
    expect(device.features.get(0)!.Output).toEqual({ Vibrate: { Value: [0, 10] } });
    await device.output(0, { Vibrate: { Value: 1 } });
    await device.output(0, { Vibrate: { Value: 10 } });
    await device.output(1, { Vibrate: { Value: 1 } });
    await expect(device.output(0, { Vibrate: { Value: 11 } })).rejects.toMatchObject({ code: ErrorCode.Device });
    await device.stop();
    const text = link.writes.map((bytes) => String.fromCharCode(...bytes));
    expect(text.slice(1)).toEqual(["Vibrate1:6;", "Vibrate1:15;", "Vibrate2:1;", "Vibrate1:0;", "Vibrate2:0;"]);
  });

  test("Launch with a reversed position range [10, 90]: positions count down from 90", async () => {
    const link = new FakeLink("Launch", "LAUNCH-1");
    const device = (await createHardwareDevice(link, "kiiroo-v2", context()))!;
    expect(device.features.get(0)!.Output).toEqual({
      HwPositionWithDuration: { Value: [0, 80], Duration: [0, 100000] },
    });
    await device.output(0, { HwPositionWithDuration: { Value: 20, Duration: 500 } });
    await device.output(0, { HwPositionWithDuration: { Value: 80, Duration: 500 } });
    await expect(device.output(0, { HwPositionWithDuration: { Value: 81, Duration: 500 } })).rejects.toMatchObject({
      code: ErrorCode.Device,
    });
    // kiiroo-v2 writes <position> <speed> on tx (after the firmware init byte).
    expect(
      link.commands
        .filter((c) => c.kind === "write" && c.endpoint === "tx")
        .map((c) => (c as { data: Uint8Array }).data[0]),
    ).toEqual([70, 10]);
  });
});

describe("HardwareDevice raw access (spec v2/v3 Raw*Cmd)", () => {
  /** A FakeLink whose reads answer with set bytes. */
  class ReadableLink extends FakeLink {
    readAnswer = Uint8Array.of();
    protected override async send(command: HardwareCommand): Promise<Uint8Array> {
      await super.send(command);
      return command.kind === "read" ? this.readAnswer : new Uint8Array();
    }
  }

  function rawSetup() {
    const link = new ReadableLink();
    const device = new HardwareDevice({
      definition: testDefinition(0),
      handler: testHandler(),
      link,
      clock: new FakeClock(),
    });
    return { link, device };
  }

  test("lists the link's endpoints; write, read and subscribe become link commands", async () => {
    const { link, device } = rawSetup();
    expect([...device.raw.endpoints].sort()).toEqual(["rx", "tx"]);
    await device.raw.write("tx", [1, 2, 3], true);
    link.readAnswer = Uint8Array.of(0x42, 0x43);
    expect(await device.raw.read("rx", 2, 500)).toEqual([0x42, 0x43]);
    await device.raw.subscribe("rx");
    expect(link.commands).toEqual([
      { kind: "write", endpoint: "tx", data: Uint8Array.of(1, 2, 3), withResponse: true },
      { kind: "read", endpoint: "rx", length: 2, timeoutMs: 500 },
      { kind: "subscribe", endpoint: "rx" },
    ]);
  });

  test("notifications on a raw-subscribed endpoint are rawReading events, until unsubscribed", async () => {
    const { link, device } = rawSetup();
    const seen: Array<[string, number[]]> = [];
    device.on("rawReading", (endpoint, data) => seen.push([endpoint, data]));
    link.deviceSends("rx", [1]); // not subscribed yet
    await device.raw.subscribe("rx");
    link.deviceSends("rx", [2, 3]);
    link.deviceSends("tx", [4]); // another endpoint
    await device.raw.unsubscribe("rx");
    link.deviceSends("rx", [5]);
    expect(seen).toEqual([["rx", [2, 3]]]);
    expect(link.commands.at(-1)).toEqual({ kind: "unsubscribe", endpoint: "rx" });
  });

  test("an endpoint the link does not have is ERROR_DEVICE and sends nothing", async () => {
    const { link, device } = rawSetup();
    await expect(device.raw.write("firmware", [1], false)).rejects.toMatchObject({
      code: ErrorCode.Device,
      message: expect.stringMatching(/"firmware"/),
    });
    expect(link.commands).toEqual([]);
  });
});

describe("command ids of a real protocol inside the timing gap", () => {
  test("Lovense Nora: a later Rotate in the same batch replaces the earlier speed, not its RotateChange (reference ids)", async () => {
    // Reference lovense/mod.rs form_rotate_with_direction_command: the direction toggle and the speed
    // carry two different command ids, so batching keeps a pending toggle and replaces only the speed.
    const link = lovenseLink("LVS-Nora", "NORA-1", "A:11:0082059AD3BD;");
    const { log } = recordingLogger("warn");
    const clock = new FakeClock();
    const context = { config: loadDeviceConfig({ log }), getProtocol, log, clock };
    const device = (await createHardwareDevice(link, "lovense", context, 100))!;
    await device.output(1, { Rotate: { Value: 10 } });
    const pending = [device.output(1, { Rotate: { Value: -3 } }), device.output(1, { Rotate: { Value: 5 } })];
    await flush();
    await clock.advance(100);
    await Promise.all(pending);
    const text = link.writes.map((bytes) => String.fromCharCode(...bytes));
    expect(text.slice(text.indexOf("Rotate:10;"))).toEqual(["Rotate:10;", "RotateChange;", "Rotate:5;"]);
  });
});
