/**
 * Protocols whose every command is one self-contained frame on tx (a level byte, sometimes a
 * check byte or ASCII text). Expected bytes follow the reference server; where it has a device
 * test case (pink_punch, meese, mizzzee, mizzzee-v2, sexverse-v4/v5, deepsire, omobo, fox,
 * synchro, cachito, fleshy-thrust, activejoy, xibao) the same values give the same bytes.
 */
import type { Protocol } from "../../../runtime/hardware/protocol";
import { activejoy } from "../../../runtime/hardware/protocols/activejoy";
import { adrienlastic } from "../../../runtime/hardware/protocols/adrienlastic";
import { cachito } from "../../../runtime/hardware/protocols/cachito";
import { deepsire } from "../../../runtime/hardware/protocols/deepsire";
import { fleshyThrust } from "../../../runtime/hardware/protocols/fleshy-thrust";
import { fox } from "../../../runtime/hardware/protocols/fox";
import { kizuna } from "../../../runtime/hardware/protocols/kizuna";
import { lovenuts } from "../../../runtime/hardware/protocols/lovenuts";
import { mannuo } from "../../../runtime/hardware/protocols/mannuo";
import { maxpro } from "../../../runtime/hardware/protocols/maxpro";
import { meese } from "../../../runtime/hardware/protocols/meese";
import { mizzzee } from "../../../runtime/hardware/protocols/mizzzee";
import { mizzzeeV2 } from "../../../runtime/hardware/protocols/mizzzee-v2";
import { mymuselinkplus } from "../../../runtime/hardware/protocols/mymuselinkplus";
import { nextlevelracing } from "../../../runtime/hardware/protocols/nextlevelracing";
import { omobo } from "../../../runtime/hardware/protocols/omobo";
import { pinkPunch } from "../../../runtime/hardware/protocols/pink_punch";
import { sexverseV4 } from "../../../runtime/hardware/protocols/sexverse-v4";
import { sexverseV5 } from "../../../runtime/hardware/protocols/sexverse-v5";
import { synchro } from "../../../runtime/hardware/protocols/synchro";
import { xibao } from "../../../runtime/hardware/protocols/xibao";
import { youcups } from "../../../runtime/hardware/protocols/youcups";
import { zalo } from "../../../runtime/hardware/protocols/zalo";
import { cmd, connect, definitionFor, expectSteps, plain, stopCommands, w, type OutputStep } from "./byte-protocol-kit";

type Case = {
  protocol: Protocol;
  identifier?: string;
  /** Output type and Value range per feature, as the official config gives them. */
  outputs: [string, [number, number]][];
  steps: OutputStep[];
  /** Stop's commands; omitted for protocols with nothing to stop (positions). */
  stop?: ReturnType<typeof w>[];
};

const xibaoFrame = (level: number, check: number) =>
  w("tx", [0x66, 0x3a, 0x00, 0x06, 0x00, 0x06, 0x01, 0x02, 0x00, 0x02, 0x04, level, check]);
const lovenutsFrame = (byte: number) => w("tx", [0x45, 0x56, 0x4f, 0x4c, ...Array<number>(10).fill(byte), 0x00, 0xff]);

const cases: Record<string, Case> = {
  pink_punch: {
    protocol: pinkPunch,
    identifier: "Pink_Punch",
    outputs: [["Vibrate", [0, 100]]],
    steps: [
      ["mid", 0, cmd.vibrate(50), [w("tx", [0x09, 0x32], true)]],
      ["75", 0, cmd.vibrate(75), [w("tx", [0x09, 0x4b], true)]],
      ["max", 0, cmd.vibrate(100), [w("tx", [0x09, 0x64], true)]],
    ],
    stop: [w("tx", [0x09, 0x00], true)],
  },
  fox: {
    protocol: fox,
    outputs: [["Vibrate", [0, 3]]],
    steps: [
      ["mid", 0, cmd.vibrate(2), [w("tx", [0x03, 0x01, 0x01, 0xfe, 0x02])]],
      ["max", 0, cmd.vibrate(3), [w("tx", [0x03, 0x01, 0x01, 0xfe, 0x03])]],
    ],
    stop: [w("tx", [0x03, 0x01, 0x01, 0xfe, 0x00])],
  },
  deepsire: {
    protocol: deepsire,
    identifier: "IMP 3",
    outputs: [["Vibrate", [0, 255]]],
    steps: [
      ["mid", 0, cmd.vibrate(128), [w("tx", [0x55, 0x04, 0x01, 0x00, 0x00, 0x80, 0xaa])]],
      ["max", 0, cmd.vibrate(255), [w("tx", [0x55, 0x04, 0x01, 0x00, 0x00, 0xff, 0xaa])]],
    ],
    stop: [w("tx", [0x55, 0x04, 0x01, 0x00, 0x00, 0x00, 0xaa])],
  },
  meese: {
    protocol: meese,
    identifier: "Meese-V389",
    outputs: [
      ["Vibrate", [0, 10]],
      ["Vibrate", [0, 3]],
    ],
    steps: [
      ["motor 0 mid", 0, cmd.vibrate(5), [w("tx", [0x01, 0x80, 0x01, 0x05], true)]],
      ["motor 0 max", 0, cmd.vibrate(10), [w("tx", [0x01, 0x80, 0x01, 0x0a], true)]],
      ["motor 1 mid", 1, cmd.vibrate(2), [w("tx", [0x01, 0x80, 0x02, 0x02], true)]],
      ["motor 1 max", 1, cmd.vibrate(3), [w("tx", [0x01, 0x80, 0x02, 0x03], true)]],
    ],
    stop: [w("tx", [0x01, 0x80, 0x01, 0x00], true), w("tx", [0x01, 0x80, 0x02, 0x00], true)],
  },
  mizzzee: {
    protocol: mizzzee,
    outputs: [["Vibrate", [0, 68]]],
    steps: [
      ["mid", 0, cmd.vibrate(34), [w("tx", [0x69, 0x96, 0x03, 0x01, 0x01, 34])]],
      ["max", 0, cmd.vibrate(68), [w("tx", [0x69, 0x96, 0x03, 0x01, 0x01, 68])]],
    ],
    stop: [w("tx", [0x69, 0x96, 0x03, 0x01, 0x00, 0x00])],
  },
  "mizzzee-v2": {
    protocol: mizzzeeV2,
    outputs: [["Vibrate", [0, 68]]],
    steps: [
      ["mid", 0, cmd.vibrate(34), [w("tx", [105, 150, 4, 2, 34, 44, 34])]],
      ["max", 0, cmd.vibrate(68), [w("tx", [105, 150, 4, 2, 68, 44, 68])]],
    ],
    stop: [w("tx", [105, 150, 4, 2, 0, 44, 0])],
  },
  omobo: {
    protocol: omobo,
    outputs: [["Vibrate", [0, 100]]],
    steps: [
      ["mid", 0, cmd.vibrate(50), [w("tx", [0xa1, 0x04, 0x04, 0x01, 0x32, 0xff, 0x55], true)]],
      ["max", 0, cmd.vibrate(100), [w("tx", [0xa1, 0x04, 0x04, 0x01, 0x64, 0xff, 0x55], true)]],
    ],
    stop: [w("tx", [0xa1, 0x04, 0x04, 0x01, 0x00, 0xff, 0x55], true)],
  },
  "sexverse-v4": {
    protocol: sexverseV4,
    identifier: "HJ2024N01",
    outputs: [["Vibrate", [0, 99]]],
    steps: [
      ["mid", 0, cmd.vibrate(50), [w("tx", [0xbb, 0x01, 0x32, 0x66], true)]],
      ["75", 0, cmd.vibrate(75), [w("tx", [0xbb, 0x01, 0x4b, 0x66], true)]],
      ["max", 0, cmd.vibrate(99), [w("tx", [0xbb, 0x01, 0x63, 0x66], true)]],
    ],
    stop: [w("tx", [0xbb, 0x01, 0x00, 0x66], true)],
  },
  "sexverse-v5": {
    protocol: sexverseV5,
    outputs: [["Vibrate", [0, 100]]],
    steps: [
      ["mid", 0, cmd.vibrate(50), [w("tx", [0xaa, 0x03, 0x03, 0x32, 0x00, 0x00, 0x00])]],
      ["75", 0, cmd.vibrate(75), [w("tx", [0xaa, 0x03, 0x03, 0x4b, 0x00, 0x00, 0x00])]],
    ],
    stop: [w("tx", [0xaa, 0x03, 0x03, 0x00, 0x00, 0x00, 0x00])],
  },
  cachito: {
    protocol: cachito,
    identifier: "CCTSK",
    outputs: [
      ["Vibrate", [0, 5]],
      ["Vibrate", [0, 100]],
    ],
    steps: [
      ["motor 0 mid", 0, cmd.vibrate(3), [w("tx", [2, 1, 3, 0])]],
      ["motor 0 1", 0, cmd.vibrate(1), [w("tx", [2, 1, 1, 0])]],
      ["motor 1 mid", 1, cmd.vibrate(50), [w("tx", [3, 2, 50, 0])]],
      ["motor 1 90", 1, cmd.vibrate(90), [w("tx", [3, 2, 90, 0])]],
    ],
    stop: [w("tx", [2, 1, 0, 0]), w("tx", [3, 2, 0, 0])],
  },
  activejoy: {
    protocol: activejoy,
    outputs: [["Vibrate", [0, 255]]],
    steps: [
      ["mid", 0, cmd.vibrate(128), [w("tx", [0xb0, 0x01, 0x00, 0x00, 0x01, 0x80])]],
      ["192", 0, cmd.vibrate(192), [w("tx", [0xb0, 0x01, 0x00, 0x00, 0x01, 0xc0])]],
    ],
    stop: [w("tx", [0xb0, 0x01, 0x00, 0x00, 0x00, 0x00])],
  },
  xibao: {
    protocol: xibao,
    outputs: [["Oscillate", [0, 99]]],
    steps: [
      ["mid", 0, cmd.oscillate(50), [xibaoFrame(0x32, 0xe7)]],
      ["max, check byte wraps", 0, cmd.oscillate(99), [xibaoFrame(0x63, 0x18)]],
    ],
    stop: [xibaoFrame(0x00, 0xb5)],
  },
  "fleshy-thrust": {
    protocol: fleshyThrust,
    outputs: [["HwPositionWithDuration", [0, 180]]],
    steps: [
      ["54 over 1000 ms", 0, cmd.hwPosition(54, 1000), [w("tx", [54, 0x03, 0xe8])]],
      ["0 over 0 ms", 0, cmd.hwPosition(0, 0), [w("tx", [0, 0, 0])]],
      ["max over 65535 ms", 0, cmd.hwPosition(180, 65535), [w("tx", [180, 0xff, 0xff])]],
    ],
  },
  synchro: {
    protocol: synchro,
    outputs: [["Rotate", [-6, 6]]],
    steps: [
      ["clockwise mid", 0, cmd.rotate(3), [w("tx", [0xa1, 0x01, 0x03, 0x77, 0x55])]],
      ["counterclockwise max sets bit 7", 0, cmd.rotate(-6), [w("tx", [0xa1, 0x01, 0x86, 0x77, 0x55])]],
      [
        "RotationWithDirection counterclockwise",
        0,
        cmd.rotateWithDirection(6, false),
        [w("tx", [0xa1, 0x01, 0x86, 0x77, 0x55])],
      ],
    ],
    stop: [w("tx", [0xa1, 0x01, 0x00, 0x77, 0x55])],
  },
  kizuna: {
    protocol: kizuna,
    outputs: [["Rotate", [0, 9]]],
    steps: [
      ["mid", 0, cmd.rotate(5), [w("tx", "5\r\n")]],
      ["max", 0, cmd.rotate(9), [w("tx", "9\r\n")]],
    ],
    stop: [w("tx", "0\r\n")],
  },
  adrienlastic: {
    protocol: adrienlastic,
    identifier: "LVS-S001",
    outputs: [["Vibrate", [0, 16]]],
    steps: [
      ["one digit pads to two", 0, cmd.vibrate(8), [w("tx", "MotorValue:08;", true)]],
      ["max", 0, cmd.vibrate(16), [w("tx", "MotorValue:16;", true)]],
    ],
    stop: [w("tx", "MotorValue:00;", true)],
  },
  youcups: {
    protocol: youcups,
    outputs: [["Vibrate", [0, 8]]],
    steps: [
      ["mid", 0, cmd.vibrate(4), [w("tx", "$SYS,4?")]],
      ["max", 0, cmd.vibrate(8), [w("tx", "$SYS,8?")]],
    ],
    stop: [w("tx", "$SYS,0?")],
  },
  nextlevelracing: {
    protocol: nextlevelracing,
    outputs: Array.from({ length: 8 }, () => ["Vibrate", [0, 255]] as [string, [number, number]]),
    steps: [
      ["motor 0 mid", 0, cmd.vibrate(128), [w("tx", "M0128\r")]],
      ["motor 7 max", 7, cmd.vibrate(255), [w("tx", "M7255\r")]],
      ["motor 3 low", 3, cmd.vibrate(7), [w("tx", "M37\r")]],
    ],
    stop: Array.from({ length: 8 }, (_, i) => w("tx", `M${i}0\r`)),
  },
  lovenuts: {
    protocol: lovenuts,
    outputs: [["Vibrate", [0, 15]]],
    steps: [
      ["mid is the level in both nibbles", 0, cmd.vibrate(8), [lovenutsFrame(0x88)]],
      ["max", 0, cmd.vibrate(15), [lovenutsFrame(0xff)]],
    ],
    stop: [lovenutsFrame(0x00)],
  },
  mymuselinkplus: {
    protocol: mymuselinkplus,
    outputs: [["Vibrate", [0, 3]]],
    steps: [
      ["mid", 0, cmd.vibrate(2), [w("tx", [0xaa, 0x55, 0x06, 0x01, 0x01, 0x01, 0x02, 0xff])]],
      ["max", 0, cmd.vibrate(3), [w("tx", [0xaa, 0x55, 0x06, 0x01, 0x01, 0x01, 0x03, 0xff])]],
    ],
    stop: [w("tx", [0xaa, 0x55, 0x06, 0xaa, 0x00, 0x00, 0x00, 0x00])],
  },
  mannuo: {
    protocol: mannuo,
    outputs: [["Vibrate", [0, 3]]],
    steps: [
      ["1", 0, cmd.vibrate(1), [w("tx", [0xaa, 0x55, 0x06, 0x01, 0x01, 0x01, 0x01, 0xfa, 0x03], true)]],
      ["max", 0, cmd.vibrate(3), [w("tx", [0xaa, 0x55, 0x06, 0x01, 0x01, 0x01, 0x03, 0xfa, 0x01], true)]],
    ],
    stop: [w("tx", [0xaa, 0x55, 0x06, 0x01, 0x01, 0x01, 0x00, 0xfa, 0x02], true)],
  },
  maxpro: {
    protocol: maxpro,
    outputs: [["Vibrate", [0, 100]]],
    steps: [
      ["mid", 0, cmd.vibrate(50), [w("tx", [0x55, 0x04, 0x07, 0xff, 0xff, 0x3f, 0x32, 0x5f, 0x32, 0x60])]],
      ["max", 0, cmd.vibrate(100), [w("tx", [0x55, 0x04, 0x07, 0xff, 0xff, 0x3f, 0x64, 0x5f, 0x64, 0xc4])]],
    ],
    stop: [w("tx", [0x55, 0x04, 0x07, 0xff, 0xff, 0x3f, 0x00, 0x5f, 0x00, 0xfc])],
  },
  "zalo (Queen, two motors in one frame)": {
    protocol: zalo,
    identifier: "ZALO-Queen",
    outputs: [
      ["Vibrate", [0, 8]],
      ["Vibrate", [0, 8]],
    ],
    steps: [
      ["motor 0 mid; motor 1 at 0 is sent as 01", 0, cmd.vibrate(4), [w("tx", [0x01, 0x04, 0x01], true)]],
      ["motor 1 max keeps motor 0", 1, cmd.vibrate(8), [w("tx", [0x01, 0x04, 0x08], true)]],
      ["motor 0 off", 0, cmd.vibrate(0), [w("tx", [0x01, 0x01, 0x08], true)]],
      ["both off is mode 02", 1, cmd.vibrate(0), [w("tx", [0x02, 0x01, 0x01], true)]],
    ],
    stop: [w("tx", [0x02, 0x01, 0x01], true), w("tx", [0x02, 0x01, 0x01], true)],
  },
};

describe.each(Object.entries(cases))("%s", (_name, c) => {
  const definition = definitionFor(c.protocol.name, c.identifier);

  test("the config's outputs are the ones these bytes assume", () => {
    expect(
      definition.features.map((f) =>
        Object.entries(f.Output ?? {}).map(([type, o]) => [type, (o as { Value: unknown }).Value]),
      ),
    ).toEqual(c.outputs.map((o) => [o]));
  });

  test("values 0…max become the reference bytes", async () => {
    const { handler } = await connect(c.protocol, definition);
    expectSteps(handler, c.steps);
  });

  test("stop sets every output to 0", async () => {
    const { handler } = await connect(c.protocol, definition);
    expect(plain(stopCommands(handler, definition))).toEqual(plain(c.stop ?? []));
  });

  test("an output type the device lacks is a device error naming the protocol", async () => {
    const { handler } = await connect(c.protocol, definition);
    expect(() => handler.output(0, cmd.constrict(1))).toThrow(new RegExp(`${c.protocol.name}.*Constrict`));
  });
});

test("zalo: a motor beyond FeatureIndex 1 is a device error", async () => {
  const { handler } = await connect(zalo, definitionFor("zalo", "ZALO-King"));
  expect(() => handler.output(2, cmd.vibrate(1))).toThrow(/FeatureIndex 0 and 1/);
});
