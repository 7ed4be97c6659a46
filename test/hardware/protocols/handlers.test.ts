/**
 * What protocol handlers do that a device case (test/fixtures/device-cases, replayed through the
 * server) cannot show: refusals of commands the server never passes on (the v4 handler checks
 * output types and ranges against the device's features first), output types no configuration
 * gives a protocol, timing (keepalive intervals, start-up delays, 256-packet counters) and the
 * arithmetic of protocol helpers. Every byte the server can make a device get is a device case.
 */
import { createHash } from "node:crypto";
import type { v4 } from "../../../generated";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadDeviceConfig } from "../../../runtime/hardware/config";
import { stopCommands as stopRule } from "../../../runtime/hardware/hardware-device";
import { COWGIRL_CONE_STARTUP_MS } from "../../../runtime/hardware/protocols/cowgirl-cone";
import { FakeLink } from "../fake-link";
import type { HardwareCommand } from "../../../runtime/hardware/protocol";
import {
  FLUFFER_COMPANY,
  flufferAdvertisementBytes,
  flufferAuthFrame,
  flufferDecrypt,
  flufferEncrypt,
} from "../../../runtime/hardware/protocols/fluffer";
import { foreoMode } from "../../../runtime/hardware/protocols/foreo";
import { FREDORCH_COMMAND_TIMEOUT_MS, fredorchCrc, fredorchSpeed } from "../../../runtime/hardware/protocols/fredorch";
import { monsterpub, monsterpubAuth } from "../../../runtime/hardware/protocols/monsterpub";
import { FREDORCH_ROTARY_STEP_MS } from "../../../runtime/hardware/protocols/fredorch-rotary";
import { galakuFrame } from "../../../runtime/hardware/protocols/galaku";
import { galakuEncrypt } from "../../../runtime/hardware/protocols/galaku-pump";
import { LETEN_COMMAND_DELAY_MS } from "../../../runtime/hardware/protocols/leten";
import { MIZZZEE_V3_COMMAND_DELAY_MS, mizzzeeV3Frame } from "../../../runtime/hardware/protocols/mizzzee-v3";
import { HGOD_COMMAND_DELAY_MS } from "../../../runtime/hardware/protocols/hgod";
import { JOYHUB_SPRAY_MS } from "../../../runtime/hardware/protocols/joyhub";
import { launchSpeedByte } from "../../../runtime/hardware/protocols/kiiroo-v2";
import {
  KEEPALIVE_MS as SATISFYER_KEEPALIVE_MS,
  satisfyerIdentifier,
} from "../../../runtime/hardware/protocols/satisfyer";
import { crc16 } from "../../../runtime/hardware/protocols/ankni";
import { f1sv2AuthState } from "../../../runtime/hardware/protocols/lelo-f1sv2";
import { AUTH_TIMEOUT_MS, harmonyAuthState } from "../../../runtime/hardware/protocols/lelo-harmony";
import {
  crc16Modbus,
  HONEY_PLAYBOX_KEEPALIVE_DELAY_MS,
  HoneyPlayBoxFrameCollector,
  honeyPlayBoxFrame,
} from "../../../runtime/hardware/protocols/honeyplaybox";
import { hismithProtocolFor, LEGACY_HISMITH_MODELS } from "../../../runtime/hardware/protocols/hismith";
import {
  DEVICE_TYPE_RETRIES,
  DEVICE_TYPE_TIMEOUT_MS,
  identifierFromDeviceType,
  identifierFromName,
  lovense,
  STROKE_STEP_MS,
  strokeStepSize,
} from "../../../runtime/hardware/protocols/lovense";
import { HANDY_PING } from "../../../runtime/hardware/protocols/thehandy";
import { thehandyV3 } from "../../../runtime/hardware/protocols/thehandy-v3";
import {
  VIBCRAFTER_AUTH_TIMEOUT_MS,
  vibcrafterDecrypt,
  vibcrafterEncrypt,
} from "../../../runtime/hardware/protocols/vibcrafter";
import { youou } from "../../../runtime/hardware/protocols/youou";
import { MYSTERYVIBE_COMMAND_DELAY_MS } from "../../../runtime/hardware/protocols/mysteryvibe";
import { pistonSpeed, vorzeSa, vorzeVariant } from "../../../runtime/hardware/protocols/vorze-sa";
import { CUEME_SWITCH_MS, cueme, cuemeIdentifier } from "../../../runtime/hardware/protocols/cueme";
import { patoo, patooIdentifier } from "../../../runtime/hardware/protocols/patoo";
import { XUANHUAN_COMMAND_DELAY_MS } from "../../../runtime/hardware/protocols/xuanhuan";
import { serveuSpeed } from "../../../runtime/hardware/protocols/serveu";
import { SEXVERSE_V3_COMMAND_DELAY_MS } from "../../../runtime/hardware/protocols/sexverse-v3";
import { getProtocol } from "../../../runtime/hardware/protocols";

const config = loadDeviceConfig({});

/** The handler a device of the built-in config gets (defaults, or the configuration `identifier` names). */
function handlerFor(protocol: string, identifier?: string) {
  const definition = config.resolveDefinition(protocol, identifier, "AA:BB:CC:DD:EE:FF");
  if (!definition || (identifier !== undefined && definition.identifier !== identifier))
    throw new Error(`no configuration ${identifier ?? "(defaults)"} of ${protocol} in the device config`);
  return getProtocol(protocol)!.create(definition);
}

const bytesOf = (commands: readonly HardwareCommand[]) =>
  commands.map((c) => (c.kind === "write" ? [...c.data] : c.kind));
const output = (type: string, Value: number) => ({ [type]: { Value } }) as unknown as v4.OutputCommand;

/** [protocol, configuration identifier, FeatureIndex, command, what the error says]. */
type Refusal = [string, string | undefined, number, v4.OutputCommand, RegExp];
const REFUSED: Refusal[] = [
  ["aneros", undefined, 0, output("Oscillate", 1), /aneros.*Oscillate/],
  ["sensee", undefined, 0, output("Oscillate", 1), /sensee.*Oscillate/],
  ["xiuxiuda", undefined, 0, output("Oscillate", 1), /xiuxiuda.*Oscillate/],
  ["sakuraneko", "sakuraneko-01", 0, output("Oscillate", 1), /sakuraneko.*Oscillate/],
  ["sakuraneko", "sakuraneko-04", 0, output("Oscillate", 1), /sakuraneko.*Oscillate/],
  ["prettylove", undefined, 0, output("Oscillate", 1), /prettylove.*Oscillate/],
  ["picobong", "Diver", 0, output("Oscillate", 1), /picobong.*Oscillate/],
  ["realov", undefined, 0, output("Oscillate", 1), /realov.*Oscillate/],
  ...(
    [
      ["pink_punch", "Pink_Punch"],
      ["fox", undefined],
      ["deepsire", "IMP 3"],
      ["meese", "Meese-V389"],
      ["mizzzee", undefined],
      ["mizzzee-v2", undefined],
      ["omobo", undefined],
      ["sexverse-v4", "HJ2024N01"],
      ["sexverse-v5", undefined],
      ["cachito", "CCTSK"],
      ["activejoy", undefined],
      ["xibao", undefined],
      ["fleshy-thrust", undefined],
      ["synchro", undefined],
      ["kizuna", undefined],
      ["adrienlastic", "LVS-S001"],
      ["youcups", undefined],
      ["nextlevelracing", undefined],
      ["lovenuts", undefined],
      ["mymuselinkplus", undefined],
      ["mannuo", undefined],
      ["maxpro", undefined],
      ["zalo", "ZALO-Queen"],
    ] as const
  ).map(
    ([protocol, identifier]) =>
      [protocol, identifier, 0, output("Constrict", 1), new RegExp(`${protocol}.*Constrict`)] as Refusal,
  ),
  // A FeatureIndex past a shared packet's motor slots: the one refusal (motorSlots), naming protocol and type.
  ...(
    [
      ["zalo", "ZALO-King", 2, "Vibrate"],
      ["htk_bm", undefined, 2, "Vibrate"],
      ["bananasome", undefined, 3, "Vibrate"],
      ["bananasome", undefined, 3, "Oscillate"],
      ["joyhub", undefined, 5, "Vibrate"],
      ["joyhub", undefined, 4, "Rotate"],
      ["mysteryvibe", "MV Poco     ", 2, "Vibrate"],
      ["magic-motion-2", undefined, 2, "Oscillate"],
      ["kiiroo-v2-vibrator", undefined, 3, "Vibrate"],
      ["jejoue", undefined, 2, "Vibrate"],
      ["fluffer", undefined, 2, "Rotate"],
    ] as const
  ).map(
    ([protocol, identifier, feature, type]) =>
      [
        protocol,
        identifier,
        feature,
        output(type, 1),
        new RegExp(`^${protocol}: OutputCmd ${type} is not supported on FeatureIndex ${feature}$`),
      ] as Refusal,
  ),
  ["kiiroo-v2", undefined, 0, output("Vibrate", 1), /Vibrate/],
  ["lovense", "Z", 0, output("Rotate", 3), /Rotate is not supported on FeatureIndex 0/],
  ["lovense", "P", 0, output("Constrict", 1), /Constrict/],
  ["svakom-v1", undefined, 0, output("Rotate", 1), /svakom-v1: OutputCmd Rotate/],
  ["svakom-sam2", undefined, 0, output("Oscillate", 1), /Oscillate/],
  ["kiiroo-v21-initialized", "Onyx+", 0, output("Rotate", 1), /Rotate/],
  ["kiiroo-powershot", undefined, 0, output("Rotate", 1), /Rotate/],
  ["thehandy", undefined, 0, output("Vibrate", 1), /Vibrate/],
  ["wevibe", "Pivot", 0, output("Rotate", 1), /Rotate/],
  ["tcode-v03", undefined, 0, output("Rotate", 1), /tcode-v03.*Rotate/],
  ["vibratissimo", undefined, 0, output("Rotate", 1), /Rotate/],
  ["fredorch-rotary", undefined, 0, output("Vibrate", 1), /Vibrate/],
  ["fredorch", undefined, 0, output("Vibrate", 1), /Vibrate/],
  ["sensee-v2", "CCPB22S5", 0, output("Oscillate", 1), /FeatureIndex 0/],
  ["monsterpub", "TDG_CRAYBIT_PT", 3, output("Vibrate", 1), /3 outputs/],
  ["libo-elle", undefined, 0, output("Rotate", 1), /libo-elle.*Rotate.*FeatureIndex 0/],
];

test.each(REFUSED)("%s (%s): feature %i refuses %j", (protocol, identifier, feature, command, message) => {
  const handler = handlerFor(protocol, identifier);
  expect(() => handler.output(feature, command)).toThrow(message);
});

const rotationWithDirection = (Value: number, Clockwise: boolean) =>
  ({ RotationWithDirection: { Value, Clockwise } }) as unknown as v4.OutputCommand;

test.each([
  ["synchro", rotationWithDirection(6, false), [[0xa1, 0x01, 0x86, 0x77, 0x55]]],
  ["nexus-revo", rotationWithDirection(2, true), [[0xaa, 0x01, 0x02, 0x00, 0x04, 0x00]]],
  [
    "motorbunny",
    rotationWithDirection(192, false),
    [[0xaf, ...Array<number[]>(7).fill([0x29, 0xc0]).flat(), 0x5f, 0xec]],
  ],
])("%s: RotationWithDirection writes what the same signed Rotate does", (protocol, command, bytes) => {
  const feature = protocol === "synchro" ? 0 : 1;
  expect(bytesOf(handlerFor(protocol).output(feature, command))).toEqual(bytes);
});

// A case would need 256 messages to get there.
test("tryfun-blackhole: the packet counter wraps from 255 to 0", () => {
  const handler = handlerFor("tryfun-blackhole");
  for (let i = 0; i < 256; i++) handler.output(1, output("Vibrate", 1));
  expect(bytesOf(handler.output(0, output("Oscillate", 100)))).toEqual([[0x00, 0x02, 0x00, 0x03, 0x0c, 0x64, 0x90]]);
});

// Timing: the keepalive update loop, not the command, writes (hardware-device.test.ts drives the loop).
test("hgod: commands send nothing; the keepalive update loop sends 55 04 00 00 00 level every 100 ms while above 0", () => {
  const handler = handlerFor("hgod");
  expect(handler.keepalive!()).toEqual({ intervalMs: HGOD_COMMAND_DELAY_MS, commands: [], updateLoop: true });
  expect(handler.output(0, output("Vibrate", 5))).toEqual([]);
  expect(bytesOf(handler.keepalive!()!.commands)).toEqual([[0x55, 0x04, 0, 0, 0, 5]]);
  handler.output(0, output("Vibrate", 10));
  expect(bytesOf(handler.keepalive!()!.commands)).toEqual([[0x55, 0x04, 0, 0, 0, 10]]);
  handler.output(0, output("Vibrate", 0));
  expect(handler.keepalive!()!.commands).toEqual([]);
});

test("galakuEncrypt keeps the first byte and chains each key row on the previous output byte", () => {
  // Row for byte 1 = 0x23 & 3 = 3 → k = 0xc5: ((0xc5 ^ 0x23) ^ 0x5a) + 0xc5 = 0x81 (mod 256)
  expect(galakuEncrypt([0x23, 0x5a])).toEqual([0x23, 0x81]);
});

// galaku.ts and galaku-pump.ts each carry the obfuscation; the reference's Nebula vectors pin both.
test("galakuFrame obfuscates the reference's Nebula frames (command byte 60) as galakuEncrypt does", () => {
  for (const levels of [
    [0, 50],
    [75, 50],
    [0, 0],
  ]) {
    const payload = [0x5a, 0, 0, 1, 0x60, 3, ...levels, 0, 0];
    const plain = [0x23, ...payload];
    expect(galakuFrame(payload)).toEqual(galakuEncrypt([...plain, plain.reduce((a, b) => a + b, 0) & 0xff]));
  }
  expect(galakuFrame([0x5a, 0, 0, 1, 0x60, 3, 0, 50, 0, 0])).toEqual([
    0x23, 0x81, 0xbb, 0xab, 0xd2, 0x9b, 0x44, 0x33, 0xed, 0x43, 0x3b, 0x44,
  ]);
});

// No configuration lets a client subscribe to a Galaku battery: the server never asks the handler.
test("galaku: subscribing and unsubscribing the battery is the battery endpoint's", () => {
  const handler = handlerFor("galaku");
  expect(handler.subscribeInput!(1, "Battery")).toEqual([{ kind: "subscribe", endpoint: "rxblebattery" }]);
  expect(handler.unsubscribeInput!(1, "Battery")).toEqual([{ kind: "unsubscribe", endpoint: "rxblebattery" }]);
});

// "OHD_hw3" matches no name pattern of the config, so no case can show it.
test.each([
  ["OHD_hw1_A1B2", "hw1"],
  ["OHD_hw4_x_y", "hw4"],
  ["OHD_hw3", "unknown"],
])("thehandy-v3: the name %s identifies configuration %s", async (name, identifier) => {
  await expect(thehandyV3.identify!(new FakeLink(name, "AA:BB", ["tx", "rx"]))).resolves.toBe(identifier);
});

// Timing: init's reply timeouts (the cases thehandy-v3-*.yaml answer each request).
test("thehandy-v3: init waits up to 5 s for a reply after each request, then goes on without it", async () => {
  jest.useFakeTimers();
  try {
    const link = new FakeLink("OHD_hw3_1", "AA:BB", ["tx", "rx"]);
    let done = false;
    const init = handlerFor("thehandy-v3", "hw3").initialize!(link).then(() => {
      done = true;
    });
    const battery = [0x08, 0x01, 0x12, 0x05, 0x10, 0x01, 0xb2, 0x2c, 0x00];
    await jest.advanceTimersByTimeAsync(4999);
    expect(bytesOf(link.commands)).toEqual(["subscribe", battery]);
    await jest.advanceTimersByTimeAsync(1);
    expect(bytesOf(link.commands)).toEqual([
      "subscribe",
      battery,
      [0x08, 0x01, 0x12, 0x05, 0x10, 0x02, 0xca, 0x2c, 0x00],
    ]);
    await jest.advanceTimersByTimeAsync(4999);
    expect(done).toBe(false);
    await jest.advanceTimersByTimeAsync(1);
    await init;
    expect(done).toBe(true);
  } finally {
    jest.useRealTimers();
  }
});

describe("vibcrafter handshake", () => {
  /** A device that answers every write on tx with `reply` on rx. */
  const answering = (reply: number[]) => {
    const link = new FakeLink("Hayden", "AA:BB", ["tx", "rx"]);
    link.respond = (command) => (command.kind === "write" ? { endpoint: "rx", data: reply } : undefined);
    return link;
  };

  // Random: the nonce (vibcrafter.yaml checks only its length).
  test("init sends Auth:<6 random letters/digits>;, a new nonce each time", async () => {
    const nonces = new Set<string>();
    for (let i = 0; i < 3; i++) {
      const link = answering(vibcrafterEncrypt("OK;"));
      await handlerFor("vibcrafter", "Janna").initialize!(link);
      const auth = vibcrafterDecrypt(link.writes[0]!);
      expect(auth).toMatch(/^Auth:[A-Za-z0-9]{6};$/);
      nonces.add(auth);
    }
    expect(nonces.size).toBe(3);
  });

  // A failed handshake creates no device: a case would have nothing to drive.
  test("an unexpected reply, one that does not decrypt, or none (after 5 s) fails it", async () => {
    await expect(
      handlerFor("vibcrafter", "Hayden").initialize!(answering(vibcrafterEncrypt("MtInt:5000;"))),
    ).rejects.toThrow(/valid security handshake.*MtInt/);
    await expect(handlerFor("vibcrafter", "Hayden").initialize!(answering([1, 2, 3]))).rejects.toThrow(
      /does not decrypt/,
    );
    jest.useFakeTimers();
    try {
      const silent = handlerFor("vibcrafter", "Hayden").initialize!(new FakeLink("Hayden", "AA:BB", ["tx", "rx"]));
      const failed = expect(silent).rejects.toThrow(/handshake/);
      await jest.advanceTimersByTimeAsync(VIBCRAFTER_AUTH_TIMEOUT_MS);
      await failed;
    } finally {
      jest.useRealTimers();
    }
  });
});

// Timing: a 100 ms stepping timer and init's 100 ms answer waits (fredorch-rotary.yaml has the bytes of init and stop).
describe("fredorch-rotary stepping", () => {
  const frame = (cmd: number) => [0x55, 0x03, cmd, cmd + 3, 0xaa];
  const [FASTER, SLOWER, STOP] = [frame(0x01), frame(0x02), frame(0x24)];

  /** A handler after init on a device that answers every frame, the link's log cleared, and fake timers. */
  async function initialized() {
    const link = new FakeLink("M1_1234", "AA:BB", ["tx", "rx"]);
    link.respond = (command) => (command.kind === "write" ? { endpoint: "rx", data: [0x55] } : undefined);
    const handler = handlerFor("fredorch-rotary");
    await handler.initialize!(link);
    link.commands.length = 0;
    jest.useFakeTimers();
    return { link, handler };
  }
  afterEach(() => jest.useRealTimers());

  test("init gives the device 100 ms to answer each frame, and goes on without an answer", async () => {
    jest.useFakeTimers();
    const link = new FakeLink("M1_1234", "AA:BB", ["tx", "rx"]);
    const init = handlerFor("fredorch-rotary").initialize!(link);
    await jest.advanceTimersByTimeAsync(FREDORCH_ROTARY_STEP_MS - 1);
    expect(link.commands).toHaveLength(2);
    await jest.advanceTimersByTimeAsync(1);
    expect(link.commands).toHaveLength(3);
    await jest.advanceTimersByTimeAsync(3 * FREDORCH_ROTARY_STEP_MS);
    await init;
    expect(bytesOf(link.commands).slice(-1)).toEqual([STOP]);
  });

  test("steps up to the target speed 100 ms after the command, one write per step", async () => {
    const { link, handler } = await initialized();
    expect(handler.output(0, output("Oscillate", 3))).toEqual([]);
    await jest.advanceTimersByTimeAsync(FREDORCH_ROTARY_STEP_MS - 1);
    expect(link.commands).toEqual([]);
    await jest.advanceTimersByTimeAsync(1);
    expect(bytesOf(link.commands)).toEqual([FASTER, FASTER, FASTER]);
  });

  test("steps down to a lower target, up to the maximum 20, and stops at once with speed 0", async () => {
    const { link, handler } = await initialized();
    handler.output(0, output("Oscillate", 20));
    await jest.advanceTimersByTimeAsync(FREDORCH_ROTARY_STEP_MS);
    expect(bytesOf(link.commands)).toEqual(Array(20).fill(FASTER));
    link.commands.length = 0;
    handler.output(0, output("Oscillate", 18));
    await jest.advanceTimersByTimeAsync(FREDORCH_ROTARY_STEP_MS);
    expect(bytesOf(link.commands)).toEqual([SLOWER, SLOWER]);
    expect(bytesOf(handler.output(0, output("Oscillate", 0)))).toEqual([STOP]);
    link.commands.length = 0;
    handler.output(0, output("Oscillate", 1));
    await jest.advanceTimersByTimeAsync(FREDORCH_ROTARY_STEP_MS);
    expect(bytesOf(link.commands)).toEqual([FASTER]);
  });

  test("a stop before the next step cancels the stepping", async () => {
    const { link, handler } = await initialized();
    handler.output(0, output("Oscillate", 5));
    expect(bytesOf(handler.output(0, output("Oscillate", 0)))).toEqual([STOP]);
    await jest.advanceTimersByTimeAsync(FREDORCH_ROTARY_STEP_MS * 2);
    expect(link.commands).toEqual([]);
  });

  test("a speed before initialize is refused", () => {
    expect(() => handlerFor("fredorch-rotary").output(0, output("Oscillate", 1))).toThrow(/before initialize/);
  });
});

// A case's fake device answers reads, but does not see how many bytes a read asks for.
test("sensee-v2, monsterpub, magic-motion: what their reads ask for (their cases answer them)", async () => {
  const sensee = new FakeLink("CCPA10S2", "AA:BB", ["tx", "rx"]);
  await handlerFor("sensee-v2", "CCPA10S2").initialize!(sensee);
  expect(sensee.commands).toEqual([{ kind: "read", endpoint: "tx", length: 128, timeoutMs: 500 }]);
  const monster = new FakeLink("MonsterPub", "AA:BB", ["rxblemodel", "rx", "txvibrate"]);
  monster.queueRead("rxblemodel", [...Buffer.from("MP2_JK_N_P1")]);
  monster.queueRead("rx", Array<number>(16).fill(0));
  await monsterpub.identify!(monster);
  await handlerFor("monsterpub", "MP2_JK_N_P1").initialize!(monster);
  expect(monster.commands.filter((c) => c.kind === "read")).toEqual([
    { kind: "read", endpoint: "rxblemodel", length: 32, timeoutMs: 500 },
    { kind: "read", endpoint: "rx", length: 16, timeoutMs: 200 },
  ]);
  const magic = new FakeLink("Magic Cell", "AA:BB", ["tx", "rxblebattery"]);
  magic.queueRead("rxblebattery", [87]);
  await handlerFor("magic-motion-1", "Magic Cell").readInput!(magic, 1, "Battery");
  expect(magic.commands).toMatchObject([{ kind: "read", endpoint: "rxblebattery", length: 1 }]);
});

// A failed identification creates no device: a case would have nothing to drive.
test("monsterpub: a failed model read names the device Unknown; a name that is not UTF-8 is a device error", async () => {
  const failing = new FakeLink("MonsterPub", "AA:BB", ["rxblemodel"]);
  failing.execute = () => Promise.reject(new Error("GATT read failed"));
  await expect(monsterpub.identify!(failing)).resolves.toBe("Unknown");
  const garbled = new FakeLink("MonsterPub", "AA:BB", ["rxblemodel"]);
  garbled.queueRead("rxblemodel", [0xff, 0xfe]);
  await expect(monsterpub.identify!(garbled)).rejects.toThrow(/not UTF-8/);
});

test("monsterpubAuth answers bytes 1-15 of the challenge XOR the key chosen by byte 0", () => {
  const challenge = [1, ...Array.from({ length: 15 }, (_, i) => i)];
  const key = [0x4c, 0x53, 0x42, 0x42];
  expect(monsterpubAuth(challenge).slice(0, 4)).toEqual([0 ^ key[0]!, 1 ^ key[1]!, 2 ^ key[2]!, 3 ^ key[3]!]);
  expect(monsterpubAuth(challenge)).toHaveLength(15);
  expect(() => monsterpubAuth([7, 0, 0])).toThrow(/unknown authentication key 7/);
});

describe("fredorch", () => {
  test("the Modbus CRC of the reference's frames", () => {
    const frame = (speed: number, position: number) => [
      ...[0x01, 0x10, 0x00, 0x6b, 0x00, 0x05, 0x0a, 0x00, speed, 0x00, speed, 0x00, position, 0x00, position],
      ...[0x00, 0x01],
    ];
    expect(fredorchCrc(frame(0x07, 0x4b))).toEqual([0x2e, 0x7b]);
    expect(fredorchCrc(frame(0x0f, 0x96))).toEqual([0xbc, 0x52]);
  });

  test("the speed is the slowest of the table that covers the distance within the duration", () => {
    expect(fredorchSpeed(7, 200)).toBe(12);
    expect(fredorchSpeed(8, 50)).toBe(20);
    expect(fredorchSpeed(15, 100000)).toBe(1);
    expect(fredorchSpeed(1, 1000)).toBe(2);
    expect(fredorchSpeed(0, 500)).toBe(0);
  });

  // Timing: init's 500 ms waits (fredorch.yaml answers every frame).
  test("init waits 500 ms for the wake-up announcement and goes on without it, but fails on an init frame not echoed", async () => {
    jest.useFakeTimers();
    try {
      const link = new FakeLink("YXlinksSPP", "AA:BB", ["tx", "rx"]);
      const failed = expect(handlerFor("fredorch").initialize!(link)).rejects.toThrow(
        /did not answer init frame 01 10 00 6b/,
      );
      await jest.advanceTimersByTimeAsync(FREDORCH_COMMAND_TIMEOUT_MS - 1);
      expect(bytesOf(link.commands)).toEqual(["subscribe"]);
      await jest.advanceTimersByTimeAsync(1);
      expect(link.commands).toHaveLength(2);
      for (const written of [3, 4]) {
        link.deviceSends("rx", [0x01]);
        await jest.advanceTimersByTimeAsync(0);
        expect(link.commands).toHaveLength(written);
      }
      await jest.advanceTimersByTimeAsync(FREDORCH_COMMAND_TIMEOUT_MS);
      await failed;
      expect(link.commands).toHaveLength(4);
    } finally {
      jest.useRealTimers();
    }
  });

  // No configuration gives a Fredorch an Oscillate output.
  test("Oscillate runs over the 0-225 range at the given speed, and to 0-0 when stopped", () => {
    const handler = handlerFor("fredorch");
    // 01 10 00 6b 00 05 0a, speed twice, positions 0 and 225 (0 when stopped), 00 01, CRC (worked out independently).
    const head = [0x01, 0x10, 0x00, 0x6b, 0x00, 0x05, 0x0a];
    expect(bytesOf(handler.output(0, output("Oscillate", 10)))).toEqual([
      [...head, 0x00, 0x0a, 0x00, 0x0a, 0x00, 0x00, 0x00, 0xe1, 0x00, 0x01, 0x2e, 0x05],
    ]);
    expect(bytesOf(handler.output(0, output("Oscillate", 0)))).toEqual([
      [...head, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0xaa, 0x93],
    ]);
  });
});

describe("fluffer", () => {
  // Advertisement bytes: company 4a 68, then data; key = 0x68 ^ first data byte.
  const data = [0x20, 0x11, 0x00, 0x48, 0x33, 0x99];
  const key = 0x68 ^ 0x20;
  /** A device advertising `data`, answering every write with `answer` (encrypted) on rx. */
  const advertising = (answer: number[]) => {
    const link = new FakeLink("FDG2G", "AA:BB", ["tx", "rx"]);
    link.manufacturerData = [{ company: FLUFFER_COMPANY, data }];
    link.respond = (command) =>
      command.kind === "write" ? { endpoint: "rx", data: flufferEncrypt(answer) } : undefined;
    return link;
  };

  test("encrypt and decrypt are inverse; garbage does not decrypt", () => {
    expect(flufferDecrypt(flufferEncrypt([1, 2, 3]))).toEqual([1, 2, 3]);
    expect(flufferDecrypt([1, 2, 3])).toBeUndefined();
  });

  test("the device bytes are the data after the key byte, XORed with the key except 0 and the key itself", () => {
    expect(flufferAdvertisementBytes([0x4a, 0x68, ...data])).toEqual([0x11 ^ key, 0x00, 0x48, 0x33 ^ key]);
  });

  // Random: the challenge's 4 random bytes (fluffer.yaml checks its length and what follows).
  test("the challenge is a5 01 08, 4 random bytes, the first 4 bytes of SHA-256(random + device bytes)", async () => {
    const link = advertising([0xa5, 0x01, 0x01, 0x00]);
    await handlerFor("fluffer").initialize!(link);
    const challenge = flufferDecrypt(link.writes[0]!)!;
    expect(challenge.slice(0, 3)).toEqual([0xa5, 0x01, 0x08]);
    const random = challenge.slice(3, 7);
    const deviceBytes = flufferAdvertisementBytes([0x4a, 0x68, ...data]);
    const digest = createHash("sha256")
      .update(Uint8Array.from([...random, ...deviceBytes]))
      .digest();
    expect(challenge.slice(7)).toEqual(Array.from(digest.subarray(0, 4)));
    expect(challenge).toEqual(flufferAuthFrame(random, deviceBytes));
  });

  // A failed handshake creates no device: a case would have nothing to drive.
  test("a wrong answer fails initialization", async () => {
    await expect(handlerFor("fluffer").initialize!(advertising([0xa5, 0x01, 0x00, 0x00]))).rejects.toThrow(
      /security handshake/,
    );
  });

  test("RotationWithDirection counterclockwise 30 is sent as 130, as Rotate -30 is", () => {
    const handler = handlerFor("fluffer", "MBO");
    handler.output(0, output("Vibrate", 50));
    const [frame] = handler.output(1, rotationWithDirection(30, false));
    expect(flufferDecrypt((frame as { data: Uint8Array }).data)).toEqual([0x82, 0x0f, 0x05, 0x00, 50, 130, 0x00, 0x00]);
  });
});

// A sweep over every configuration of the device config: as cases, one file per configuration.
describe("every configured output encodes", () => {
  const SWEPT = [
    ...["fredorch", "fredorch-rotary", "galaku", "kgoal-boost", "lovehoney-desire", "lovense", "satisfyer"],
    ...["kiiroo-powershot", "kiiroo-prowand", "kiiroo-spot", "kiiroo-v2", "kiiroo-v2-vibrator", "kiiroo-v21"],
    ...["kiiroo-v21-initialized", "kiiroo-v3", "lelo-f1s", "lelo-f1sv2", "lelo-harmony"],
    ...["magic-motion-1", "magic-motion-2", "magic-motion-3", "magic-motion-4", "thehandy", "thehandy-v3"],
    ...["vibcrafter", "vibratissimo", "vorze-sa", "wevibe", "wevibe-8bit", "wevibe-chorus"],
    ...["alex", "alex-v2", "avaneo", "barnard", "barney", "dice", "dt250a", "iker", "jordan", "pulse"].map(
      (s) => `svakom-${s}`,
    ),
    ...["sam", "sam2", "suitcase", "tarax", "v1", "v2", "v3", "v4", "v5", "v6"].map((s) => `svakom-${s}`),
  ];
  /** Outputs the reference server has no encoding for either (it answers them with an error). */
  const KNOWN_UNSUPPORTED: Record<string, string[]> = { "galaku G339": ["Rotate"] };
  const raw = JSON.parse(
    readFileSync(join(__dirname, "../../../runtime/hardware/device-config/buttplug-device-config-v4.json"), "utf8"),
  ) as {
    protocols: Record<string, { defaults?: { features?: unknown[] }; configurations?: { identifier: string[] }[] }>;
  };
  /** (protocol, identifier) for the defaults (when they define features; Vorze's cannot drive a device) and every configuration. */
  const configurations = SWEPT.flatMap((protocol) => {
    const entry = raw.protocols[protocol]!;
    const ids: (string | undefined)[] = (entry.configurations ?? []).flatMap((c) => c.identifier);
    if ((entry.defaults?.features ?? []).length > 0 && protocol !== "vorze-sa") ids.unshift(undefined);
    return ids.map((id): [string, string | undefined] => [protocol, id]);
  });

  test("covers every swept protocol", () => {
    expect(new Set(configurations.map(([p]) => p))).toEqual(new Set(SWEPT));
  });

  test.each(configurations)("%s %s: at 0 and both ends of each range, into writes of bytes", async (protocol, id) => {
    const definition = config.resolveDefinition(protocol, id, "AA:BB:CC:DD:EE:FF")!;
    const handler = handlerFor(protocol, id);
    // Strokers and stepped speeds run on a timer and need the link (a device answering Fredorch Rotary's init).
    if (protocol === "lovense" || protocol === "fredorch-rotary") {
      const link = new FakeLink("M1_1", "AA:BB", ["tx", "rx"]);
      link.respond = (command) => (command.kind === "write" ? { endpoint: "rx", data: [0x55] } : undefined);
      await handler.initialize?.(link);
    }
    jest.useFakeTimers();
    try {
      const unsupported = KNOWN_UNSUPPORTED[`${protocol} ${id}`] ?? [];
      for (const feature of definition.features) {
        const outputs = Object.entries(feature.Output ?? {}) as [string, { Value: number[]; Duration?: number[] }][];
        for (const [type, range] of outputs) {
          for (const value of new Set([0, range.Value[0]!, range.Value[1]!])) {
            const body = range.Duration ? { Value: value, Duration: range.Duration[1] } : { Value: value };
            const encode = () => handler.output(feature.FeatureIndex, { [type]: body } as unknown as v4.OutputCommand);
            if (unsupported.includes(type)) {
              expect(encode).toThrow(type);
              continue;
            }
            const commands = encode();
            for (const c of commands) {
              expect(c.kind).toBe("write");
              if (c.kind === "write")
                expect(Array.from(c.data).every((b) => Number.isInteger(b) && b >= 0 && b <= 255)).toBe(true);
            }
            // Lovense strokes and Fredorch Rotary speeds above 0 are stepped from a timer; the rest write at once.
            const stepped =
              (protocol === "lovense" && type === "HwPositionWithDuration") ||
              (protocol === "fredorch-rotary" && value !== 0);
            if (!stepped) expect(commands.length).toBeGreaterThan(0);
          }
        }
      }
      // The stop rule's commands are writes too; where it picks an output the reference cannot encode
      // either (G339's Rotate), the stop fails there as well.
      const stops = () => stopRule(definition.features).flatMap(([index, command]) => handler.output(index, command));
      if (unsupported.includes("Rotate")) expect(stops).toThrow(/Rotate/);
      else expect(stops().every((c) => c.kind === "write")).toBe(true);
    } finally {
      jest.useRealTimers();
    }
  });
});

test.each([
  [0, 1, 1000, 1], // 1 u/s → ceil(0.5)
  [0, 100, 2000, 25], // 50 u/s → 25
  [0, 51, 1000, 26], // 51 u/s → 25 + ceil(0.25)
  [0, 75, 100, 200], // 750 u/s → 25 + 175
  [0, 76, 100, 201], // 760 u/s → 200 + ceil(0.4)
  [0, 100, 40, 250], // 2500 u/s → fa
])("serveuSpeed(%i → %i in %i ms) = %i", (from, to, ms, speed) => {
  expect(serveuSpeed(from, to, ms)).toBe(speed);
});

// Timing: the interval (the case sexverse-v3-zeus.yaml sees the repeat itself).
test("sexverse-v3: keepalive repeats the last frame every 100 ms, nothing before the first", () => {
  const handler = handlerFor("sexverse-v3", "TA-S001A");
  const before = handler.keepalive!()!;
  expect(before).toMatchObject({ intervalMs: SEXVERSE_V3_COMMAND_DELAY_MS, commands: [], repeatsLastPacket: true });
  handler.output(0, output("Vibrate", 7));
  expect(bytesOf(handler.keepalive!()!.commands)).toEqual([[0xa1, 0x04, 0x07, 0x01]]);
});

test.each([
  ["FOFO", 1],
  ["UFO 2", 1],
  ["LUNA play smart 2", 3],
  ["LUNA PLAYSMART2", 3],
  ["LUNA 3", 0],
  ["BEAR", 0],
])("foreo: the mode byte for %s is %i", (name, mode) => {
  expect(foreoMode(name)).toBe(mode);
});

test("mizzzee-v3: the power is the level scaled to 0.3…1.0 of 1023 (32-bit float), shifted left 6, low bits 3c", () => {
  // 1/1000 → 0.3007 × 1023 = 307.6 → 307 → 307 << 6 | 60 = 0x4cfc
  expect(mizzzeeV3Frame(1).slice(9, 11)).toEqual([0xfc, 0x4c]);
  // 250 → 0.475 × 1023 = 485.9 → 485 → 0x797c
  expect(mizzzeeV3Frame(250).slice(9, 11)).toEqual([0x7c, 0x79]);
});

// Timing: the interval (the case mizzzee-v3.yaml sees the repeat itself).
test("mizzzee-v3: keepalive repeats the last frame every 200 ms, the off frame before any command", () => {
  const handler = handlerFor("mizzzee-v3");
  expect(handler.keepalive!()!.intervalMs).toBe(MIZZZEE_V3_COMMAND_DELAY_MS);
  expect(bytesOf(handler.keepalive!()!.commands)).toEqual([[3, 18, ...Array<number>(18).fill(0)]]);
  handler.output(0, output("Vibrate", 500));
  expect(bytesOf(handler.keepalive!()!.commands)).toEqual([
    [3, 18, 243, 0, 252, 0, 254, 64, 1, 60, 166, 0, 252, 0, 254, 64, 1, 60, 166, 0],
  ]);
});

describe("cowgirl-cone (the reference's case for it is disabled)", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  test("initialize writes aa 56 00 00 and only finishes after the 3 s start-up", async () => {
    const link = new FakeLink("CG-CONE", "AA:BB", ["tx"]);
    const handler = handlerFor("cowgirl-cone", "CG-CONE");
    let done = false;
    const init = handler.initialize!(link).then(() => {
      done = true;
    });
    await jest.advanceTimersByTimeAsync(COWGIRL_CONE_STARTUP_MS - 1);
    expect(bytesOf(link.commands)).toEqual([[0xaa, 0x56, 0x00, 0x00]]);
    expect(done).toBe(false);
    await jest.advanceTimersByTimeAsync(1);
    await init;
    expect(done).toBe(true);
  });

  test("vibrate f1 01 level 00 over [0,128]", () => {
    const handler = handlerFor("cowgirl-cone", "CG-CONE");
    expect(config.resolveDefinition("cowgirl-cone", "CG-CONE", "AA")!.features[0]!.Output).toEqual({
      Vibrate: { Value: [0, 128] },
    });
    expect(bytesOf(handler.output(0, output("Vibrate", 64)))).toEqual([[0xf1, 0x01, 0x40, 0x00]]);
    expect(bytesOf(handler.output(0, output("Vibrate", 128)))).toEqual([[0xf1, 0x01, 0x80, 0x00]]);
    expect(bytesOf(handler.output(0, output("Vibrate", 0)))).toEqual([[0xf1, 0x01, 0x00, 0x00]]);
  });
});

// Timing: a one-second interval.
test("leten: keepalive repeats the last frame every second, 02 00 before any command", () => {
  const handler = handlerFor("leten");
  expect(handler.keepalive!()!.intervalMs).toBe(LETEN_COMMAND_DELAY_MS);
  expect(bytesOf(handler.keepalive!()!.commands)).toEqual([[0x02, 0x00]]);
  handler.output(0, output("Vibrate", 7));
  expect(bytesOf(handler.keepalive!()!.commands)).toEqual([[0x02, 0x07]]);
});

test("lioness: a refused start frame is a device error telling the user to pair with PIN 6496", async () => {
  const link = new FakeLink("Lioness", "AA:BB", ["tx", "rx"]);
  const execute = link.execute.bind(link);
  link.execute = (c) => (c.kind === "write" ? Promise.reject(new Error("GATT write failed")) : execute(c));
  await expect(handlerFor("lioness").initialize!(link)).rejects.toThrow(/pairing.*6496.*006496/);
});

test("kiiroo-powershot: an input other than the battery is refused", async () => {
  await expect(
    handlerFor("kiiroo-powershot").readInput!(new FakeLink("PowerShot", "AA:BB", ["tx"]), 2, "RSSI"),
  ).rejects.toThrow(/RSSI/);
});

test("kiiroo-v21-initialized: vibrates with 01 speed (the reference handles it though no configuration has a vibrator)", () => {
  const handler = handlerFor("kiiroo-v21-initialized", "Onyx2.1");
  expect(bytesOf(handler.output(0, output("Vibrate", 0)))).toEqual([[0x01, 0x00]]);
  expect(bytesOf(handler.output(0, output("Vibrate", 50)))).toEqual([[0x01, 0x32]]);
  expect(bytesOf(handler.output(0, output("Vibrate", 100)))).toEqual([[0x01, 0x64]]);
});

test("thehandy: the keepalive ping (for transports that need one) is Payload{Message{Ping{Id 999}}}", () => {
  expect([...HANDY_PING]).toEqual([0x0a, 0x06, 0xb2, 0x06, 0x03, 0x08, 0xe7, 0x07]);
});

// A case would need 256 messages to get there.
test("youou: the packet counter wraps from 255 to 0", () => {
  const handler = handlerFor("youou");
  for (let i = 0; i < 256; i++) handler.output(0, output("Vibrate", 1));
  const head = [0xaa, 0x55, 0x00, 0x02, 0x03, 0x01, 10, 1];
  const xor = head.reduce((a, b) => a ^ b, 0);
  expect(bytesOf(handler.output(0, output("Vibrate", 10)))).toEqual([[...head, xor, 0xff, 0, 0, 0, 0, 0, 0, 0]]);
});

test("youou: identifies every device as VX001_ without talking to it", async () => {
  const link = new FakeLink("VX001_A", "AA:BB", ["tx"]);
  await expect(youou.identify!(link)).resolves.toBe("VX001_");
  expect(link.commands).toEqual([]);
});

// Timing: the update loop (hardware-device.test.ts drives such loops).
test("xuanhuan: an update loop repeats the level every 300 ms while above 0", () => {
  const handler = handlerFor("xuanhuan");
  expect(handler.keepalive!()).toEqual({ intervalMs: XUANHUAN_COMMAND_DELAY_MS, commands: [], updateLoop: true });
  handler.output(0, output("Vibrate", 10));
  expect(bytesOf(handler.keepalive!()!.commands)).toEqual([[0x03, 0x02, 0x00, 0x0a]]);
  handler.output(0, output("Vibrate", 0));
  expect(handler.keepalive!()!.commands).toEqual([]);
});

test.each([
  ["PBT1234", "PBT"],
  ["PTVEA", "PTVEA"],
  ["PCS7", "PCS"],
])("patoo: the name %s identifies configuration %s", async (name, identifier) => {
  expect(patooIdentifier(name)).toBe(identifier);
  await expect(patoo.identify!(new FakeLink(name, "AA:BB", ["tx", "txmode"]))).resolves.toBe(identifier);
});

test.each([
  ["FUNCODE_EBD8A0CFE5E0_3", "3"],
  ["FUNCODE_EBD8A0CFE5E0_1", "1"],
  ["FUNCODE_X", undefined],
])("cueme: the name %s identifies configuration %s", async (name, identifier) => {
  expect(cuemeIdentifier(name)).toBe(identifier);
  await expect(cueme.identify!(new FakeLink(name, "AA:BB", ["tx"]))).resolves.toBe(identifier);
});

// Timing: the update loop switches motors.
test("cueme: with several motors on, the update loop switches to the next running one every 500 ms", () => {
  const handler = handlerFor("cueme", "3");
  expect(handler.keepalive!()).toEqual({ intervalMs: CUEME_SWITCH_MS, commands: [], updateLoop: true });
  handler.output(0, output("Vibrate", 5));
  expect(handler.keepalive!()!.commands).toEqual([]);
  handler.output(2, output("Vibrate", 9));
  expect([1, 2, 3].map(() => bytesOf(handler.keepalive!()!.commands))).toEqual([[[0x15]], [[0x39]], [[0x15]]]);
});

test("cueme: stopping each motor in turn lets a still-running one take over, then 00 once all are off", () => {
  const handler = handlerFor("cueme", "3");
  handler.output(0, output("Vibrate", 5));
  handler.output(1, output("Vibrate", 3));
  expect([0, 1, 2, 3].flatMap((feature) => bytesOf(handler.output(feature, output("Vibrate", 0))))).toEqual([
    [0x23],
    [0x00],
    [0x00],
    [0x00],
  ]);
});

describe("kgoal-boost", () => {
  const pressure = (endpoint: string, ...data: number[]) => ({ endpoint, data: Uint8Array.from(data) });

  test("a feature's unchanged value is not reported again; short or foreign notifications are ignored", () => {
    const handler = handlerFor("kgoal-boost");
    handler.subscribeInput!(0, "Pressure");
    expect(handler.parseNotification!(pressure("rxpressure", 0, 1, 4, 0x01, 0x00, 0x02, 0x00))).toEqual([
      { featureIndex: 0, reading: { Pressure: { Value: 256 } } },
    ]);
    expect(handler.parseNotification!(pressure("rxpressure", 0, 1, 4, 0x01, 0x00, 0x03, 0x00))).toEqual([]);
    expect(handler.parseNotification!(pressure("rxpressure", 0, 1, 4, 0x01, 0x00))).toEqual([]);
    expect(handler.parseNotification!(pressure("rx", 0, 1, 4, 9, 9, 9, 9))).toEqual([]);
  });

  test("subscriptions to anything but the two pressure features are refused", () => {
    const handler = handlerFor("kgoal-boost");
    expect(() => handler.output(0, output("Vibrate", 1))).toThrow(/Vibrate/);
    expect(() => handler.subscribeInput!(2, "Pressure")).toThrow(/FeatureIndex 2/);
    expect(() => handler.subscribeInput!(0, "Battery")).toThrow(/Battery/);
  });
});

// Timing: the interval (the cases see the stop on connect that this keepalive brings).
test("mysteryvibe: keepalive repeats the current frame every 93 ms, all zeros before any command", () => {
  const handler = handlerFor("mysteryvibe", "MV Crescendo");
  expect(MYSTERYVIBE_COMMAND_DELAY_MS).toBe(93);
  expect(handler.keepalive!()!.intervalMs).toBe(93);
  expect(bytesOf(handler.keepalive!()!.commands)).toEqual([[0, 0, 0, 0, 0, 0]]);
  handler.output(2, output("Vibrate", 30));
  expect(bytesOf(handler.keepalive!()!.commands)).toEqual([[0, 0, 30, 0, 0, 0]]);
});

describe("vorze-sa", () => {
  // Expected speeds computed independently (Python, C pow) from the reference formula.
  test.each([
    [99, 1000, 4],
    [99, 200, 29],
    [10, 0, 100],
    [0, 300, 100],
    [99, 5000, 0],
  ])("piston speed over distance %i in %i ms is %i", (distance, duration, speed) => {
    expect(pistonSpeed(distance, duration)).toBe(speed);
  });

  test("takes the layout from the configuration's protocol variant, else from the name", () => {
    const definition = config.resolveDefinition("vorze-sa", "UFO-TW", "AA")!;
    expect(vorzeVariant(definition)).toBe("vorze-sa-dual-rotator");
    const { protocolVariant: _ignored, ...withoutVariant } = definition;
    expect(vorzeVariant(withoutVariant)).toBe("vorze-sa-dual-rotator");
    expect(vorzeVariant({ ...withoutVariant, identifier: "CycSA" })).toBe("vorze-sa-single-rotator");
  });

  test("refuses a Vorze device it cannot tell apart", () => {
    expect(() => vorzeSa.create(config.resolveDefinition("vorze-sa", undefined, "AA")!)).toThrow(
      /no implementation for Vorze device/,
    );
  });
});

// No configuration gives a JoyHub rotator a negative range, so the server never passes this on.
test("joyhub: a counterclockwise RotationWithDirection sends the speed only", () => {
  const handler = handlerFor("joyhub", "J-RoseLin");
  expect(bytesOf(handler.output(3, rotationWithDirection(40, false)))).toEqual([[0xa0, 0x03, 0, 0, 0, 0x28, 0xaa]]);
});

// Timing: the pump's off frame comes a second after the spray.
test("joyhub Dodge: the handler turns the lube pump off through the link 1 s after a spray", async () => {
  jest.useFakeTimers();
  try {
    const link = new FakeLink("J-Dodge", "AA:BB", ["tx"]);
    const handler = handlerFor("joyhub", "J-Dodge");
    await handler.initialize!(link);
    expect(bytesOf(handler.output(7, output("Spray", 1)))).toEqual([[0xa0, 0x24, 0x01, 0x00, 0x01, 0xff]]);
    await jest.advanceTimersByTimeAsync(JOYHUB_SPRAY_MS - 1);
    expect(link.commands).toEqual([]);
    await jest.advanceTimersByTimeAsync(1);
    expect(bytesOf(link.commands)).toEqual([[0xa0, 0x24, 0x00, 0x00, 0x00, 0x00]]);
  } finally {
    jest.useRealTimers();
  }
});

// Like every runtime timer (runtime/timers.ts), the pending pump-off holds no process open: before,
// it kept a Jest worker (or a server on its way out) alive for a second after a spray.
test("joyhub Dodge: the pending pump-off after a spray adds no timer that holds the process open", async () => {
  const heldTimers = () => process.getActiveResourcesInfo().filter((resource) => resource === "Timeout").length;
  const link = new FakeLink("J-Dodge", "AA:BB", ["tx"]);
  const handler = handlerFor("joyhub", "J-Dodge");
  await handler.initialize!(link);
  const before = heldTimers();
  handler.output(7, output("Spray", 1));
  expect(heldTimers()).toBe(before);
});

// Speed bytes computed independently (Python, C pow) from the reference's Launch curve.
test.each([
  [0, 99, 1000, 19],
  [0, 99, 500, 40],
  [99, 0, 200, 106],
  [0, 50, 300, 33],
  [50, 50, 100, 0], // no distance: speed 0
  [0, 10, 0, 255], // no time: saturates like Rust's `as u8`
  [0, 99, 100, 219],
  [0, 99, 2000, 9],
])("kiiroo-v2: a Launch stroke from %i to %i in %i ms is speed byte %i", (from, to, duration, speed) => {
  expect(launchSpeedByte(from, to, duration)).toBe(speed);
});

test.each([
  [[0, 0, 39, 81], "10065"],
  [[0xff, 0xff, 0xff, 0xff], "4294967295"], // unsigned: both give the defaults through the server
  [[1, 2, 3], "0"],
])("satisfyer: model bytes %j are model %s", (data, id) => {
  expect(satisfyerIdentifier(data)).toBe(id);
});

// Timing: a 3 s interval (hardware-device.test.ts drives keepalives; the cases see the stop on connect).
test("satisfyer: keepalive repeats the current packet every 3 s, zeros before any command and after a stop", () => {
  const handler = handlerFor("satisfyer", "10160");
  expect(handler.keepalive!()!.intervalMs).toBe(SATISFYER_KEEPALIVE_MS);
  expect(bytesOf(handler.keepalive!()!.commands)).toEqual([[0, 0, 0, 0, 0, 0, 0, 0]]);
  handler.output(1, output("Vibrate", 7));
  expect(bytesOf(handler.keepalive!()!.commands)).toEqual([[0, 0, 0, 0, 7, 7, 7, 7]]);
  handler.output(1, output("Vibrate", 0));
  expect(bytesOf(handler.keepalive!()!.commands)).toEqual([[0, 0, 0, 0, 0, 0, 0, 0]]);
});

// No configuration gives the Meta 2's rotator RotationWithDirection; the counter is at 3 after three outputs.
test("tryfun-meta2: a counterclockwise RotationWithDirection writes the speed as a counterclockwise Rotate does", () => {
  const handler = handlerFor("tryfun-meta2");
  handler.output(0, output("Oscillate", 100));
  handler.output(1, output("Vibrate", 100));
  handler.output(2, output("Rotate", 100));
  expect(bytesOf(handler.output(2, rotationWithDirection(100, false)))).toEqual([
    [0x03, 0x02, 0x00, 0x05, 0x21, 0x05, 0x0e, 0x64, 0x68],
  ]);
});

test("ankni: crc16 is CRC-16/XMODEM", () => {
  expect(crc16(Array.from(Buffer.from("123456789")))).toBe(0x31c3);
});

describe("lelo security handshake", () => {
  const PASSWORD = [1, 2, 3, 4, 5, 6, 8];

  test.each([
    [[0, 0, 0, 0, 0, 0, 0, 0], "unauthorised"],
    [[1, 0, 0, 0, 0, 0, 0, 0], "authorised"],
    [[0], "password"], // F1s V2 only accepts the 8-byte forms
    [PASSWORD, "password"],
  ])("F1s V2 reads %j as %s", (data, state) => {
    expect(f1sv2AuthState(Uint8Array.from(data))).toBe(state);
  });

  test.each([
    [[0], "unauthorised"],
    [[0, 0, 0], "unauthorised"],
    [[1], "authorised"],
    [[1, 0, 0, 0, 0, 0, 0, 0], "authorised"],
    [PASSWORD, "password"],
  ])("Harmony reads %j as %s", (data, state) => {
    expect(harmonyAuthState(Uint8Array.from(data))).toBe(state);
  });

  // Timing: the device stays silent for a minute after "not authorised".
  test("F1s V2: initialization fails clearly when the device never authorises", async () => {
    jest.useFakeTimers();
    try {
      const link = new FakeLink("F1SV2A", "AA:BB", ["tx", "whitelist"]);
      const init = handlerFor("lelo-f1sv2", "F1SV2A").initialize!(link);
      const failed = expect(init).rejects.toThrow(/security handshake/);
      await jest.advanceTimersByTimeAsync(0);
      link.deviceSends("whitelist", [0, 0, 0, 0, 0, 0, 0, 0]);
      await jest.advanceTimersByTimeAsync(AUTH_TIMEOUT_MS);
      await failed;
    } finally {
      jest.useRealTimers();
    }
  });
});

describe("honeyplaybox", () => {
  const link = () => new FakeLink("JXT002", "AA:BB", ["tx", "rx", "rxblebattery"]);
  /** The device's handshake reply: code 90 00 and the key 01…10 (the case honeyplaybox-split-reply.yaml has its bytes). */
  const answersHandshake = (l: FakeLink) => {
    const key = Array.from({ length: 16 }, (_, i) => i + 1);
    l.respond = (c) =>
      c.kind === "write" ? { endpoint: "rx", data: honeyPlayBoxFrame(0xb1, 0x01, [0x90, 0x00, ...key], 0) } : undefined;
    return l;
  };

  // Timing: reply waits of 1, 2, 3 and 4 s.
  test("silence resends the handshake (counter +1); a fourth silent wait fails initialization", async () => {
    jest.useFakeTimers();
    try {
      const l = link();
      const failed = expect(handlerFor("honeyplaybox", "JXT002").initialize!(l)).rejects.toThrow(
        /handshake failed after 3 retries/,
      );
      await jest.advanceTimersByTimeAsync(10_000);
      await failed;
      expect(l.writes.map((bytes) => bytes[6])).toEqual([0, 1]);
    } finally {
      jest.useRealTimers();
    }
  });

  // A refused handshake creates no device, so no case can show it.
  test("a refusal code fails initialization, naming the code", async () => {
    const l = link();
    l.respond = (c) =>
      c.kind === "write" ? { endpoint: "rx", data: honeyPlayBoxFrame(0xb1, 0x01, [0x6a, 0x80], 0) } : undefined;
    await expect(handlerFor("honeyplaybox", "JXT002").initialize!(l)).rejects.toThrow(/code 6a80/);
  });

  // Timing: the keepalive plan (hardware-device.test.ts drives keepalives).
  test("keepalive: the current state with the next counter after 500 ms of silence, without using the counter up", async () => {
    const handler = handlerFor("honeyplaybox", "JXT002");
    await handler.initialize!(answersHandshake(link()));
    handler.output(0, output("Vibrate", 50));
    const keepalive = handler.keepalive!()!;
    expect(keepalive.intervalMs).toBe(HONEY_PLAYBOX_KEEPALIVE_DELAY_MS);
    expect(bytesOf(keepalive.commands)[0]![6]).toBe(3);
    expect(bytesOf(handler.keepalive!()!.commands)[0]![6]).toBe(3);
    expect(bytesOf(handler.output(0, output("Vibrate", 0)))[0]![6]).toBe(3);
  });

  test("CRC-16/MODBUS; the frame collector skips garbage and keeps a header split across chunks", () => {
    expect(crc16Modbus(Array.from(Buffer.from("123456789")))).toBe(0x4b37);
    const handshake = honeyPlayBoxFrame(0xb1, 0x01, [0x00, 0x10], 0);
    const collector = new HoneyPlayBoxFrameCollector();
    expect(collector.push([0x99, 0x98, ...handshake.slice(0, 5)])).toEqual([]);
    expect(collector.push(handshake.slice(5))).toEqual([handshake]);
  });
});

describe("hismith", () => {
  test("the legacy model list is the reference server's; other models speak hismith-mini", () => {
    expect([...LEGACY_HISMITH_MODELS].sort()).toEqual(["1001", "1002", "1003", "1006", "2001", "3001"]);
    expect(hismithProtocolFor("2001")).toBe("hismith");
    expect(hismithProtocolFor("1005")).toBe("hismith-mini");
  });

  // Identification redirects such models to hismith-mini first (hismith-redirect-to-mini.yaml): only a
  // hismith handler without a configuration (e.g. from a user config) asks again.
  test.each([
    [
      [0x10, 0x05],
      [0xcc, 0x03, 0x32, 0x35],
    ],
    [
      [0x10, 0x02],
      [0xaa, 0x04, 0x32, 0x36],
    ],
  ])("without a configuration, model %j read at initialize gives the frame %j", async (model, frame) => {
    const link = new FakeLink("HISMITH", "AA:BB", ["tx", "rxblemodel"]);
    link.queueRead("rxblemodel", model);
    const handler = handlerFor("hismith");
    await handler.initialize!(link);
    expect(link.commands).toEqual([{ kind: "read", endpoint: "rxblemodel", length: 128, timeoutMs: 500 }]);
    expect(bytesOf(handler.output(0, output("Oscillate", 50)))).toEqual([frame]);
  });

  // No configuration gives the Aston's rotator RotationWithDirection.
  test("Sinloli Aston: a counterclockwise RotationWithDirection is the speed frame then the c1 direction frame", () => {
    expect(bytesOf(handlerFor("hismith-mini", "2205").output(0, rotationWithDirection(100, false)))).toEqual([
      [0xcc, 0x03, 0x64, 0x67],
      [0xcc, 0x01, 0xc1, 0xc2],
    ]);
  });
});

describe("lovense", () => {
  const text = (link: FakeLink) => link.writes.map((bytes) => String.fromCharCode(...bytes));

  // Timing: each DeviceType question waits 500 ms for its answer.
  test.each([
    ["LVS-Z36", "Z"],
    ["LOVE-xyz", undefined],
  ])(
    "%s: asks DeviceType again after each silent wait, then takes the model from an LVS-<letters><digits> name (%s)",
    async (name, identifier) => {
      jest.useFakeTimers();
      try {
        const link = new FakeLink(name, "AA:BB", ["tx", "rx"]);
        let result: string | undefined | null = null;
        const identifying = lovense.identify!(link).then((id) => {
          result = id;
        });
        await jest.advanceTimersByTimeAsync((DEVICE_TYPE_RETRIES + 1) * DEVICE_TYPE_TIMEOUT_MS - 1);
        expect(result).toBeNull();
        await jest.advanceTimersByTimeAsync(1);
        await identifying;
        expect(result).toBe(identifier);
        expect(text(link)).toEqual(Array<string>(DEVICE_TYPE_RETRIES + 1).fill("DeviceType;"));
      } finally {
        jest.useRealTimers();
      }
    },
  );

  test("a DeviceType reply or a name not in the expected form names no model", () => {
    expect(identifierFromDeviceType("garbage")).toBeUndefined();
    expect(identifierFromName("LOVE-Something")).toBeUndefined();
  });

  // No configuration offers these: the server refuses them before the handler.
  test("Nora takes the documented RotateWithDirection form as a signed rotation", () => {
    const handler = handlerFor("lovense", "C");
    const rotateWithDirection = (Clockwise: boolean) =>
      ({ RotateWithDirection: { Value: 5, Clockwise } }) as unknown as v4.OutputCommand;
    expect(
      handler.output(1, rotateWithDirection(false)).map((c) => c.kind === "write" && Buffer.from(c.data).toString()),
    ).toEqual(["RotateChange;", "Rotate:5;"]);
    expect(
      handler.output(1, rotateWithDirection(true)).map((c) => c.kind === "write" && Buffer.from(c.data).toString()),
    ).toEqual(["Rotate:5;"]);
  });

  test("Flexer: a negative rotation goes into Mply by its magnitude", () => {
    const handler = handlerFor("lovense", "EI-FW3");
    handler.output(0, output("Vibrate", 15));
    handler.output(1, output("Vibrate", 10));
    expect(bytesOf(handler.output(2, output("Rotate", -20)))).toEqual([[...Buffer.from("Mply:15:10:20;")]]);
  });

  test("a read of an input other than the battery is refused", async () => {
    await expect(
      handlerFor("lovense", "Z").readInput!(new FakeLink("LVS-Z36", "AA:BB"), 1, "Pressure"),
    ).rejects.toThrow(/Pressure/);
  });

  test.each([
    [0, 50, 500, 10],
    [100, 0, 300, -33],
    [0, 7, 50, 7],
  ])(
    "Solace Pro: a stroke from %i to %i in %i ms moves %i per step (integer division, as the reference)",
    (from, to, ms, step) => {
      expect(strokeStepSize(from, to, ms)).toBe(step);
    },
  );

  // Timing: a stroke is cut into 100 ms FSetSite steps sent from a timer.
  describe("Solace Pro strokes (HwPositionWithDuration)", () => {
    beforeEach(() => jest.useFakeTimers());
    afterEach(() => jest.useRealTimers());
    const connected = async () => {
      const handler = handlerFor("lovense", "BA");
      const link = new FakeLink("LVS-BA01", "AA:BB", ["tx", "rx"]);
      await handler.initialize?.(link);
      return { handler, link };
    };
    const stroke = (Value: number, Duration: number) =>
      ({ HwPositionWithDuration: { Value, Duration } }) as unknown as v4.OutputCommand;

    test("steps towards the goal every 100 ms with FSetSite:<position>; and stops at the goal", async () => {
      const { handler, link } = await connected();
      expect(handler.output(0, stroke(50, 500))).toEqual([]);
      for (let i = 0; i < 8; i++) await jest.advanceTimersByTimeAsync(STROKE_STEP_MS);
      expect(text(link)).toEqual([10, 20, 30, 40, 50].map((p) => `FSetSite:${p};`));
    });

    test("moves in one step when the duration is under 100 ms, and back down without overshooting", async () => {
      const { handler, link } = await connected();
      handler.output(0, stroke(100, 0));
      await jest.advanceTimersByTimeAsync(STROKE_STEP_MS);
      handler.output(0, stroke(0, 300));
      for (let i = 0; i < 5; i++) await jest.advanceTimersByTimeAsync(STROKE_STEP_MS);
      expect(text(link)).toEqual(["FSetSite:100;", "FSetSite:67;", "FSetSite:34;", "FSetSite:1;", "FSetSite:0;"]);
    });

    test("abandons the stroke on stop (Oscillate 0, what a Stop sends it)", async () => {
      const { handler, link } = await connected();
      handler.output(0, stroke(100, 1000));
      await jest.advanceTimersByTimeAsync(STROKE_STEP_MS);
      handler.output(0, output("Oscillate", 0));
      await jest.advanceTimersByTimeAsync(1000);
      expect(text(link)).toEqual(["FSetSite:10;"]);
    });
  });
});

// No configuration has these outputs, so the server never passes them on; the handlers still encode them.
test.each([
  ["svakom-v2", 1, output("Vibrate", 7), [0x55, 0x06, 0x01, 0x00, 0x07, 0x07]], // a second motor
  ["svakom-avaneo", 1, output("Vibrate", 1), [0x55, 0x09, 0x00, 0x00, 0x01, 0xff]], // the second part as a vibrator
])("%s: FeatureIndex %i takes %j", (protocol, feature, command, bytes) => {
  expect(bytesOf(handlerFor(protocol).output(feature, command))).toEqual([bytes]);
});
