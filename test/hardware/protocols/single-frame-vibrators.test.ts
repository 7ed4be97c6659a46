/**
 * Protocols whose every command is one fixed frame on tx with the level in one byte. Expected
 * bytes follow the reference server (its device test cases where it has them: aneros, sensee,
 * xiuxiuda, sakuraneko).
 */
import type { Protocol } from "../../../runtime/hardware/protocol";
import { aneros } from "../../../runtime/hardware/protocols/aneros";
import { picobong } from "../../../runtime/hardware/protocols/picobong";
import { prettylove } from "../../../runtime/hardware/protocols/prettylove";
import { realov } from "../../../runtime/hardware/protocols/realov";
import { sakuraneko } from "../../../runtime/hardware/protocols/sakuraneko";
import { sensee } from "../../../runtime/hardware/protocols/sensee";
import { xiuxiuda } from "../../../runtime/hardware/protocols/xiuxiuda";
import {
  cmd,
  connect,
  definitionFor,
  expectSteps,
  FakeLink,
  plain,
  stopCommands,
  w,
  type OutputStep,
} from "./byte-protocol-kit";

const sak = (kind: number, level: number, tail: number) =>
  w("tx", [kind, 0x08, 0x01, 0x00, 0x00, 0x00, 0x64, level, 0x00, tail, 0xdf, 0x55]);
const sen = (level: number) => w("tx", [0x55, 0xaa, 0xf0, 0x01, 0x01, 0x0b, 0x65, 0xf7, 0x01, 0x01, level]);
const xxd = (level: number) => w("tx", [0x00, 0x00, 0x00, 0x00, 0x65, 0x3a, 0x30, level, 0x64]);

type Case = {
  protocol: Protocol;
  identifier?: string;
  ranges: [number, number][];
  steps: OutputStep[];
  stop: ReturnType<typeof w>[];
};

const cases: Record<string, Case> = {
  aneros: {
    protocol: aneros,
    ranges: [
      [0, 127],
      [0, 127],
    ],
    steps: [
      ["motor 0 mid", 0, cmd.vibrate(64), [w("tx", [0xf1, 0x40])]],
      ["motor 0 13", 0, cmd.vibrate(13), [w("tx", [0xf1, 0x0d])]],
      ["motor 1 mid", 1, cmd.vibrate(64), [w("tx", [0xf2, 0x40])]],
      ["motor 1 max", 1, cmd.vibrate(127), [w("tx", [0xf2, 0x7f])]],
    ],
    stop: [w("tx", [0xf1, 0x00]), w("tx", [0xf2, 0x00])],
  },
  sensee: {
    protocol: sensee,
    ranges: [[0, 100]],
    steps: [
      ["mid", 0, cmd.vibrate(50), [sen(0x32)]],
      ["75", 0, cmd.vibrate(75), [sen(0x4b)]],
      ["max", 0, cmd.vibrate(100), [sen(0x64)]],
    ],
    stop: [sen(0x00)],
  },
  xiuxiuda: {
    protocol: xiuxiuda,
    ranges: [[0, 19]],
    steps: [
      ["mid", 0, cmd.vibrate(10), [xxd(0x0a)]],
      ["15", 0, cmd.vibrate(15), [xxd(0x0f)]],
      ["max", 0, cmd.vibrate(19), [xxd(0x13)]],
    ],
    stop: [xxd(0x00)],
  },
  "sakuraneko (Korokoro)": {
    protocol: sakuraneko,
    identifier: "sakuraneko-01",
    ranges: [[0, 100]],
    steps: [
      ["mid", 0, cmd.vibrate(50), [sak(0xa1, 0x32, 0x64)]],
      ["75", 0, cmd.vibrate(75), [sak(0xa1, 0x4b, 0x64)]],
      ["max", 0, cmd.vibrate(100), [sak(0xa1, 0x64, 0x64)]],
    ],
    stop: [sak(0xa1, 0x00, 0x64)],
  },
  "sakuraneko (Koikoi, vibrate + rotate)": {
    protocol: sakuraneko,
    identifier: "sakuraneko-04",
    ranges: [
      [0, 100],
      [0, 100],
    ],
    steps: [
      ["vibrate 75", 0, cmd.vibrate(75), [sak(0xa1, 0x4b, 0x64)]],
      ["rotate mid", 1, cmd.rotate(50), [sak(0xa2, 0x32, 0x32)]],
      ["rotate max", 1, cmd.rotate(100), [sak(0xa2, 0x64, 0x32)]],
    ],
    stop: [sak(0xa1, 0x00, 0x64), sak(0xa2, 0x00, 0x32)],
  },
  prettylove: {
    protocol: prettylove,
    ranges: [[0, 3]],
    steps: [
      ["mid, with response", 0, cmd.vibrate(2), [w("tx", [0x00, 0x02], true)]],
      ["max, with response", 0, cmd.vibrate(3), [w("tx", [0x00, 0x03], true)]],
    ],
    stop: [w("tx", [0x00, 0x00], true)],
  },
  picobong: {
    protocol: picobong,
    identifier: "Diver",
    ranges: [[0, 10]],
    steps: [
      ["mid is mode 01", 0, cmd.vibrate(5), [w("tx", [0x01, 0x01, 0x05])]],
      ["max", 0, cmd.vibrate(10), [w("tx", [0x01, 0x01, 0x0a])]],
      ["off is mode ff", 0, cmd.vibrate(0), [w("tx", [0x01, 0xff, 0x00])]],
    ],
    stop: [w("tx", [0x01, 0xff, 0x00])],
  },
  realov: {
    protocol: realov,
    ranges: [[0, 50]],
    steps: [
      ["mid", 0, cmd.vibrate(25), [w("tx", [0xc5, 0x55, 0x19, 0xaa])]],
      ["max", 0, cmd.vibrate(50), [w("tx", [0xc5, 0x55, 0x32, 0xaa])]],
    ],
    stop: [w("tx", [0xc5, 0x55, 0x00, 0xaa])],
  },
};

describe.each(Object.entries(cases))("%s", (_name, c) => {
  const definition = definitionFor(c.protocol.name, c.identifier);

  test("the config's output ranges are the ones these bytes assume", () => {
    expect(
      definition.features.map((f) => Object.values(f.Output ?? {}).map((o) => (o as { Value: unknown }).Value)),
    ).toEqual(c.ranges.map((r) => [r]));
  });

  test("levels 0…max become the reference bytes", async () => {
    const { handler } = await connect(c.protocol, definition);
    expectSteps(handler, c.steps);
  });

  test("stop sets every output to 0", async () => {
    const { handler } = await connect(c.protocol, definition);
    expect(plain(stopCommands(handler, definition))).toEqual(plain(c.stop));
  });

  test("an output type the device lacks is a device error naming the protocol", async () => {
    const { handler } = await connect(c.protocol, definition);
    expect(() => handler.output(0, cmd.oscillate(1))).toThrow(new RegExp(`${c.protocol.name}.*Oscillate`));
  });
});

test("prettylove identifies every device as Aogu BLE without talking to it", async () => {
  const link = new FakeLink(["tx"]);
  await expect(prettylove.identify!(link)).resolves.toBe("Aogu BLE");
  expect(link.executed).toEqual([]);
});
