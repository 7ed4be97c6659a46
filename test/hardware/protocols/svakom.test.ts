import { stopCommands } from "./byte-protocol-kit";
import type { Protocol } from "../../../runtime/hardware/protocol";
import { svakomAlex } from "../../../runtime/hardware/protocols/svakom-alex";
import { svakomAlexV2 } from "../../../runtime/hardware/protocols/svakom-alex-v2";
import { svakomAvaNeo } from "../../../runtime/hardware/protocols/svakom-avaneo";
import { svakomBarnard } from "../../../runtime/hardware/protocols/svakom-barnard";
import { svakomBarney } from "../../../runtime/hardware/protocols/svakom-barney";
import { svakomDice } from "../../../runtime/hardware/protocols/svakom-dice";
import { svakomDt250a } from "../../../runtime/hardware/protocols/svakom-dt250a";
import { svakomIker } from "../../../runtime/hardware/protocols/svakom-iker";
import { svakomJordan } from "../../../runtime/hardware/protocols/svakom-jordan";
import { svakomPulse } from "../../../runtime/hardware/protocols/svakom-pulse";
import { svakomSam } from "../../../runtime/hardware/protocols/svakom-sam";
import { svakomSam2 } from "../../../runtime/hardware/protocols/svakom-sam2";
import { svakomSuitcase, suitcaseLevels } from "../../../runtime/hardware/protocols/svakom-suitcase";
import { svakomTaraX } from "../../../runtime/hardware/protocols/svakom-tarax";
import { svakomV1 } from "../../../runtime/hardware/protocols/svakom-v1";
import { svakomV2 } from "../../../runtime/hardware/protocols/svakom-v2";
import { svakomV3 } from "../../../runtime/hardware/protocols/svakom-v3";
import { svakomV4 } from "../../../runtime/hardware/protocols/svakom-v4";
import { svakomV5 } from "../../../runtime/hardware/protocols/svakom-v5";
import { svakomV6 } from "../../../runtime/hardware/protocols/svakom-v6";
import { FakeLink, constrict, definitionFor, oscillate, out, rotate, show, vibrate, w } from "./support";

type Step = [featureIndex: number, command: Record<string, unknown>, expected: string[]];

/** One sequence of outputs on one handler; each step's writes are checked in order. */
function runSteps(protocol: Protocol, identifier: string | undefined, steps: Step[]) {
  const h = protocol.create(definitionFor(protocol.name, identifier));
  for (const [featureIndex, command, expected] of steps) expect(out(h, featureIndex, command)).toEqual(expected);
  return h;
}

const tx = (hexBytes: string, withResponse = false) => w("tx", hexBytes, withResponse);

describe("svakom single-packet protocols (stateless)", () => {
  const cases: [string, Protocol, string | undefined, Step[]][] = [
    [
      "svakom-v1 Ella (reference test case)",
      svakomV1,
      "Aogu SCB",
      [
        [0, vibrate(10), [tx("55 04 03 00 01 0a")]],
        [0, vibrate(15), [tx("55 04 03 00 01 0f")]],
        [0, vibrate(19), [tx("55 04 03 00 01 13")]],
        [0, vibrate(0), [tx("55 04 03 00 00 00")]],
      ],
    ],
    [
      "svakom-v2 Viviana, with response (reference test case)",
      svakomV2,
      "Viviana",
      [
        [0, vibrate(5), [tx("55 03 03 00 01 05", true)]],
        [0, vibrate(8), [tx("55 03 03 00 01 08", true)]],
        [0, vibrate(10), [tx("55 03 03 00 01 0a", true)]],
        [0, vibrate(0), [tx("55 03 03 00 00 00", true)]],
      ],
    ],
    ["svakom-v2 second motor", svakomV2, undefined, [[1, vibrate(7), [tx("55 06 01 00 07 07", true)]]]],
    [
      "svakom-v3 Theodore: vibrator and rotator (reference test case)",
      svakomV3,
      "FK008A",
      [
        [0, vibrate(5), [tx("55 03 03 00 01 05")]],
        [0, vibrate(8), [tx("55 03 03 00 01 08")]],
        [1, rotate(1), [tx("55 08 00 00 01 ff")]],
        [1, rotate(0), [tx("55 08 00 00 00 ff")]],
        [0, vibrate(0), [tx("55 03 03 00 00 00")]],
      ],
    ],
    [
      "svakom-v3 Alberta: second vibrator",
      svakomV3,
      "QH-SX007E",
      [
        [1, vibrate(1), [tx("55 09 00 00 01 01")]],
        [1, vibrate(0), [tx("55 09 00 00 00 00")]],
      ],
    ],
    [
      "svakom-alex: speed 0 is sent as ff (reference test case)",
      svakomAlex,
      undefined,
      [
        [0, vibrate(2), [tx("12 01 03 00 02 00")]],
        [0, vibrate(3), [tx("12 01 03 00 03 00")]],
        [0, vibrate(0), [tx("12 01 03 00 ff 00")]],
      ],
    ],
    [
      "svakom-alex-v2: speed, speed + 5 (reference test case)",
      svakomAlexV2,
      undefined,
      [
        [0, vibrate(2), [tx("55 03 03 00 02 07")]],
        [0, vibrate(3), [tx("55 03 03 00 03 08")]],
        [0, vibrate(0), [tx("55 03 03 00 00 05")]],
      ],
    ],
    [
      "svakom-avaneo: main motor, second part as oscillator",
      svakomAvaNeo,
      undefined,
      [
        [0, vibrate(10), [tx("55 03 00 00 01 0a")]],
        [0, vibrate(0), [tx("55 03 00 00 00 00")]],
        [1, oscillate(1), [tx("55 08 00 00 01 ff")]],
        [1, oscillate(0), [tx("55 08 00 00 00 ff")]],
        [1, vibrate(1), [tx("55 09 00 00 01 ff")]],
      ],
    ],
    [
      "svakom-barnard (reference test case)",
      svakomBarnard,
      undefined,
      [
        [0, vibrate(2), [tx("55 03 00 00 02 01")]],
        [0, vibrate(3), [tx("55 03 00 00 03 01")]],
        [1, oscillate(2), [tx("55 08 00 00 02 ff")]],
        [0, vibrate(0), [tx("55 03 00 00 00 00")]],
        [1, oscillate(0), [tx("55 08 00 00 00 00")]],
      ],
    ],
    [
      "svakom-dice",
      svakomDice,
      undefined,
      [
        [0, vibrate(255), [tx("55 04 00 00 01 ff aa")]],
        [0, vibrate(0), [tx("55 04 00 00 01 00 aa")]],
      ],
    ],
    [
      "svakom-dt250a: motors 03 / 08, suction 09 without the on byte",
      svakomDt250a,
      undefined,
      [
        [0, vibrate(3), [tx("55 03 00 00 03 01")]],
        [1, vibrate(2), [tx("55 08 00 00 02 01")]],
        [2, constrict(2), [tx("55 09 00 00 02 00")]],
        [0, vibrate(0), [tx("55 03 00 00 00 00")]],
      ],
    ],
    [
      "svakom-jordan",
      svakomJordan,
      undefined,
      [
        [0, vibrate(10), [tx("55 03 00 00 01 0a 00")]],
        [1, oscillate(5), [tx("55 08 00 00 01 05 00")]],
        [1, oscillate(0), [tx("55 08 00 00 00 00 00")]],
      ],
    ],
    [
      "svakom-pulse: speed + 1 (reference test case)",
      svakomPulse,
      "SWK-SX013A",
      [
        [0, vibrate(5), [tx("55 03 03 00 01 06")]],
        [0, vibrate(7), [tx("55 03 03 00 01 08")]],
        [0, vibrate(9), [tx("55 03 03 00 01 0a")]],
        [0, vibrate(0), [tx("55 03 03 00 00 01")]],
      ],
    ],
    [
      "svakom-sam2, with response (reference test case)",
      svakomSam2,
      "Sam Neo 2 Pro",
      [
        [0, vibrate(5), [tx("55 03 00 00 05 05 00", true)]],
        [0, vibrate(8), [tx("55 03 00 00 05 08 00", true)]],
        [1, constrict(3), [tx("55 09 00 00 01 03 00", true)]],
        [0, vibrate(0), [tx("55 03 00 00 00 00 00", true)]],
        [1, constrict(0), [tx("55 09 00 00 00 00 00", true)]],
      ],
    ],
    [
      "svakom-suitcase: main motor as intensity + speed, second motor",
      svakomSuitcase,
      undefined,
      [
        [0, vibrate(1), [tx("55 03 00 00 01 01")]],
        [0, vibrate(10), [tx("55 03 00 00 01 0a")]],
        [0, vibrate(11), [tx("55 03 00 00 02 01")]],
        [0, vibrate(30), [tx("55 03 00 00 03 0a")]],
        [0, vibrate(0), [tx("55 03 00 00 00 00")]],
        [1, vibrate(1), [tx("55 09 00 00 01 00")]],
      ],
    ],
    [
      "svakom-tarax: stopped main motor is 01 01",
      svakomTaraX,
      undefined,
      [
        [0, vibrate(3), [tx("55 03 00 00 03 02")]],
        [0, vibrate(0), [tx("55 03 00 00 01 01")]],
        [1, vibrate(2), [tx("55 09 00 00 02 00")]],
      ],
    ],
  ];

  it.each(cases)("%s", (_name, protocol, identifier, steps) => {
    runSteps(protocol, identifier, steps);
  });

  it.each([
    [0, [0, 0]],
    [9, [1, 9]],
    [20, [2, 10]],
    [21, [3, 1]],
  ])("suitcase step %i is intensity/speed %j", (step, levels) => {
    expect(suitcaseLevels(step)).toEqual(levels);
  });

  it("rejects output types a model lacks", () => {
    expect(() => out(svakomV1.create(definitionFor("svakom-v1")), 0, rotate(1))).toThrow(/svakom-v1: OutputCmd Rotate/);
    expect(() => out(svakomSam2.create(definitionFor("svakom-sam2")), 0, oscillate(1))).toThrow(/Oscillate/);
  });
});

describe("svakom combined-motor protocols", () => {
  it("svakom-v4: both motors in one packet, which-motor byte and the higher speed", () => {
    const h = runSteps(svakomV4, "ERICA", [
      [0, vibrate(5), [tx("55 03 01 00 01 05 00")]],
      [1, vibrate(8), [tx("55 03 00 00 01 08 00")]],
      [0, vibrate(0), [tx("55 03 02 00 01 08 00")]],
      [1, vibrate(10), [tx("55 03 02 00 01 0a 00")]],
    ]);
    expect(stopCommands(h, definitionFor(svakomV4.name, "ERICA")).map(show)).toEqual([tx("55 03 00 00 00 00 00")]);
  });

  it("svakom-v4 one-motor model always addresses both (00)", () => {
    runSteps(svakomV4, "VV468A", [[0, vibrate(5), [tx("55 03 00 00 01 05 00")]]]);
  });

  it("svakom-v5 Mora Neo: two motors in one packet plus the oscillator (reference test case)", () => {
    const h = runSteps(svakomV5, "Mora Neo", [
      [0, vibrate(5), [tx("55 03 01 00 01 05")]],
      [0, vibrate(8), [tx("55 03 01 00 01 08")]],
      [1, vibrate(8), [tx("55 03 00 00 01 08")]],
      [0, vibrate(1), [tx("55 03 00 00 01 08")]],
      [0, vibrate(0), [tx("55 03 02 00 01 08")]],
      [1, vibrate(10), [tx("55 03 02 00 01 0a")]],
      [2, oscillate(2), [tx("55 09 00 00 02 00")]],
      [2, oscillate(3), [tx("55 09 00 00 03 00")]],
    ]);
    expect(stopCommands(h, definitionFor(svakomV5.name, "Mora Neo")).map(show)).toEqual([
      tx("55 03 00 00 00 00"),
      tx("55 09 00 00 00 00"),
    ]);
  });

  it("svakom-v6 Coco Pro (one motor, reference test case) and Iker Neo's third motor", () => {
    const coco = runSteps(svakomV6, "CocoPro", [
      [0, vibrate(5), [tx("55 03 00 00 01 05 00")]],
      [0, vibrate(8), [tx("55 03 00 00 01 08 00")]],
      [0, vibrate(0), [tx("55 03 00 00 00 00 00")]],
    ]);
    expect(stopCommands(coco, definitionFor(svakomV6.name, "CocoPro")).map(show)).toEqual([tx("55 03 00 00 00 00 00")]);
    const iker = runSteps(svakomV6, "Iker Neo", [
      [1, vibrate(10), [tx("55 03 02 00 01 0a 00")]],
      [2, vibrate(5), [tx("55 07 00 00 01 05 00")]],
      [2, vibrate(0), [tx("55 07 00 00 00 00 00")]],
    ]);
    expect(stopCommands(iker, definitionFor(svakomV6.name, "Iker Neo")).map(show)).toEqual([
      tx("55 03 00 00 00 00 00"),
      tx("55 07 00 00 00 00 00"),
    ]);
  });

  it("svakom-barney: on byte is 03", () => {
    const h = runSteps(svakomBarney, undefined, [
      [0, vibrate(10), [tx("55 03 01 00 03 0a 00")]],
      [1, vibrate(4), [tx("55 03 00 00 03 0a 00")]],
      [0, vibrate(0), [tx("55 03 02 00 03 04 00")]],
    ]);
    expect(stopCommands(h, definitionFor(svakomBarney.name)).map(show)).toEqual([tx("55 03 00 00 00 00 00")]);
  });

  it("svakom-iker: vibrator packet, then the second motor while it runs (reference test case)", () => {
    const h = runSteps(svakomIker, undefined, [
      [0, vibrate(5), [tx("55 03 03 00 01 05")]],
      [0, vibrate(8), [tx("55 03 03 00 01 08")]],
      [1, vibrate(3), [tx("55 03 03 00 01 08"), tx("55 07 00 00 03 00")]],
      [0, vibrate(0), [tx("55 03 03 00 01 00"), tx("55 07 00 00 03 00")]],
      [1, vibrate(0), [tx("55 07 00 00 00 00")]],
    ]);
    // Each motor's stop is its own write (the reference tags them by feature), both 55 07 off.
    expect(stopCommands(h, definitionFor(svakomIker.name)).map(show)).toEqual([
      tx("55 07 00 00 00 00"),
      tx("55 07 00 00 00 00"),
    ]);
  });
});

describe("svakom-sam", () => {
  it("subscribes to rx and uses the second-generation vibration command when txmode exists", async () => {
    const h = svakomSam.create(definitionFor("svakom-sam"));
    const link = new FakeLink("Sam Neo", ["tx", "rx", "txmode"]);
    await h.initialize!(link);
    expect(link.shown()).toEqual(["subscribe rx"]);
    expect(out(h, 0, vibrate(10))).toEqual([tx("12 01 03 00 04 0a")]);
    expect(out(h, 0, vibrate(0))).toEqual([tx("12 01 03 00 00 00")]);
    expect(out(h, 1, constrict(1))).toEqual([tx("12 06 01 01")]);
    expect(out(h, 1, constrict(0))).toEqual([tx("12 06 01 00")]);
  });

  it("first-generation units (no txmode, no firmware endpoint) always send mode 05", async () => {
    const h = svakomSam.create(definitionFor("svakom-sam"));
    await h.initialize!(new FakeLink("Sam Neo", ["tx", "rx"]));
    expect(out(h, 0, vibrate(7))).toEqual([tx("12 01 03 00 05 07")]);
    expect(out(h, 0, vibrate(0))).toEqual([tx("12 01 03 00 05 00")]);
  });

  it("units with only a firmware endpoint count as second generation", async () => {
    const h = svakomSam.create(definitionFor("svakom-sam"));
    await h.initialize!(new FakeLink("Sam Neo", ["tx", "rx", "firmware"]));
    expect(out(h, 0, vibrate(3))).toEqual([tx("12 01 03 00 04 03")]);
  });
});
