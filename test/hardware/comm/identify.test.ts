import { createHardwareDevice } from "../../../runtime/hardware/comm/identify";
import type { Protocol, ProtocolHandler } from "../../../runtime/hardware/protocol";
import { FakeClock } from "../fake-clock";
import { FakeLink } from "../fake-link";
import { recordingLogger, testConfig, testHandler, TEST_PROTOCOL } from "../test-protocol";

/** The test protocol, with a keepalive (and other changes) applied to each handler it creates. */
function protocolWith(change: (handler: ProtocolHandler) => void): Protocol {
  return {
    name: TEST_PROTOCOL,
    create: () => {
      const handler = testHandler();
      change(handler);
      return handler;
    },
  };
}

/** The reference's RepeatLastPacketStrategyWithTiming. */
const repeatLastPacket = (handler: ProtocolHandler) => {
  handler.keepalive = () => ({ intervalMs: 1000, commands: [], repeatsLastPacket: true });
};

function build(protocol: Protocol, link = new FakeLink("TestDevice")) {
  const { log, lines } = recordingLogger();
  const context = { config: testConfig(), getProtocol: () => protocol, log, clock: new FakeClock() };
  return { link, lines, device: createHardwareDevice(link, TEST_PROTOCOL, context) };
}

describe("createHardwareDevice", () => {
  test("a protocol that repeats its last packet as keepalive gets a stop right after initialization", async () => {
    const { link, device } = build(protocolWith(repeatLastPacket));
    expect(await device).toBeDefined();
    // initialize subscribes to rx; then every output feature is set to 0 through the handler.
    expect(link.commands.map((c) => c.kind)).toEqual(["subscribe", "write", "write"]);
    expect(link.writes).toEqual([
      [0xa0, 0, 0],
      [0xa1, 1, 0],
    ]);
  });

  test("a keepalive of its own (Honey Play Box: a fixed packet, not the last one) gets no stop on connect, as the reference", async () => {
    const { link, device } = build(
      protocolWith((handler) => {
        handler.keepalive = () => ({ intervalMs: 1000, commands: [] });
      }),
    );
    expect(await device).toBeDefined();
    expect(link.commands.map((c) => c.kind)).toEqual(["subscribe"]);
  });

  test("a protocol without a keepalive is sent nothing after initialization (as the reference)", async () => {
    const { link, device } = build(protocolWith(() => undefined));
    expect(await device).toBeDefined();
    expect(link.commands.map((c) => c.kind)).toEqual(["subscribe"]);
  });

  test("a protocol's update loop (reference xuanhuan, hgod) gets no stop on connect", async () => {
    const { link, device } = build(
      protocolWith((handler) => {
        handler.keepalive = () => ({ intervalMs: 300, updateLoop: true, commands: [] });
      }),
    );
    expect(await device).toBeDefined();
    expect(link.commands.map((c) => c.kind)).toEqual(["subscribe"]);
  });

  test("a failing stop on connect gives the device up with a warning and closes the link", async () => {
    const { link, lines, device } = build(
      protocolWith((handler) => {
        repeatLastPacket(handler);
        handler.output = () => {
          throw new Error("no stop packet for this model");
        };
      }),
    );
    expect(await device).toBeUndefined();
    expect(link.connected).toBe(false);
    expect(lines.filter((l) => l.level === "warn").map((l) => l.message)).toEqual([
      expect.stringMatching(/"TestDevice" \(AA:BB\).*keepalive.*no stop packet for this model/),
    ]);
  });
});

/** A Hismith whose rxblemodel characteristic reads as the given model bytes. */
class HismithLink extends FakeLink {
  constructor(private readonly model: number[]) {
    super("HISMITH");
  }
  protected override async send(command: Parameters<FakeLink["execute"]>[0]): Promise<Uint8Array> {
    const result = await super.send(command);
    return command.kind === "read" && command.endpoint === "rxblemodel" ? Uint8Array.from(this.model) : result;
  }
}

describe("createHardwareDevice with a protocol redirect", () => {
  test("a Hismith advertising as hismith whose model is not a legacy one is driven by hismith-mini", async () => {
    const { loadDeviceConfig } = await import("../../../runtime/hardware/config");
    const { getProtocol } = await import("../../../runtime/hardware/protocols");
    const { log, lines } = recordingLogger();
    const link = new HismithLink([0x11, 0x01]);
    const context = { config: loadDeviceConfig(), getProtocol, log, clock: new FakeClock() };
    const device = await createHardwareDevice(link, "hismith", context);
    expect(lines.join("\n")).not.toMatch(/skipping/);
    expect(device?.name).toBe("Hismith Servo Sex Machine"); // hismith-mini configuration 1101
    await device!.output(0, { Oscillate: { Value: 50 } } as never);
    expect(link.writes.at(-1)?.[0]).toBe(0xcc); // hismith-mini frames, not legacy 0xaa
  });

  test("a legacy Hismith model stays with hismith", async () => {
    const { loadDeviceConfig } = await import("../../../runtime/hardware/config");
    const { getProtocol } = await import("../../../runtime/hardware/protocols");
    const link = new HismithLink([0x20, 0x01]);
    const device = await createHardwareDevice(link, "hismith", {
      config: loadDeviceConfig(),
      getProtocol,
      log: recordingLogger().log,
      clock: new FakeClock(),
    });
    expect(device?.name).toBe("Hismith Thrusting Cup"); // hismith configuration 2001
    await device!.output(0, { Oscillate: { Value: 50 } } as never);
    expect(link.writes.at(-1)?.[0]).toBe(0xaa);
  });
});

describe("createHardwareDevice logs what a device announces safely", () => {
  test("control characters in an advertised name or address are escaped, so a device cannot forge log lines", async () => {
    const { log, lines } = recordingLogger();
    const link = new FakeLink("evil\u001b[31m\nINFO forged line", "AA:BB\r\n");
    const device = await createHardwareDevice(link, "not-a-protocol", {
      config: testConfig(),
      getProtocol: () => undefined,
      log,
      clock: new FakeClock(),
    });
    expect(device).toBeUndefined();
    const messages = lines.map((l) => l.message);
    const text = messages.join("\n");
    expect(text).toContain("evil\\u001b[31m\\nINFO forged line");
    expect(text).toContain("AA:BB\\r\\n");
    expect(messages.every((m) => !/[\u0000-\u001f]/.test(m))).toBe(true);
  });
});
