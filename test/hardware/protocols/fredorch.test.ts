import { fredorch, fredorchCrc, fredorchSpeed } from "../../../runtime/hardware/protocols/fredorch";
import { FakeLink, definitionFor, hex, hwPosition, out, vibrate, w } from "./support";

/** A program-one-step frame with its CRC (the CRC itself is pinned against reference bytes below). */
const step = (body: string) => {
  const bytes = body.split(" ").map((b) => parseInt(b, 16));
  return w("tx", `${body} ${hex(fredorchCrc(bytes))}`);
};

const INIT_WRITES = [
  w("tx", "01 06 00 64 00 01 09 d5"),
  w("tx", "01 06 00 69 00 00 59 d6"),
  w("tx", "01 10 00 6b 00 05 0a 00 05 00 05 00 00 00 00 00 01 c0 c3"),
  w("tx", "01 06 00 69 00 01 98 16"),
  w("tx", "01 06 00 6a 00 01 68 16"),
];

describe("fredorch", () => {
  it("computes the Modbus CRC of the reference's frames", () => {
    expect(
      hex(
        fredorchCrc([
          0x01, 0x10, 0x00, 0x6b, 0x00, 0x05, 0x0a, 0x00, 0x07, 0x00, 0x07, 0x00, 0x4b, 0x00, 0x4b, 0x00, 0x01,
        ]),
      ),
    ).toBe("2e 7b");
    expect(
      hex(
        fredorchCrc([
          0x01, 0x10, 0x00, 0x6b, 0x00, 0x05, 0x0a, 0x00, 0x0f, 0x00, 0x0f, 0x00, 0x96, 0x00, 0x96, 0x00, 0x01,
        ]),
      ),
    ).toBe("bc 52");
  });

  it("initializes: subscribe rx, wake-up wait, then five frames each echoed by the device (reference test case)", async () => {
    const echoes = [1, 2, 3, 4, 5].map((n) => ({ data: [0x01], afterCommands: n + 1 }));
    const link = new FakeLink("YXlinksSPP", ["tx", "rx"], {
      notifications: { rx: [{ data: [0, 1, 0, 1, 1], afterCommands: 1 }, ...echoes] },
    });
    await fredorch.create(definitionFor("fredorch")).initialize!(link);
    expect(link.shown()).toEqual(["subscribe rx", ...INIT_WRITES]);
    expect(link.waits.map((x) => x.timeoutMs)).toEqual([500, 500, 500, 500, 500, 500]);
  });

  it("goes on without the wake-up announcement but fails when an init frame is not echoed", async () => {
    const echoes = [1, 2].map((n) => ({ data: [0x01], afterCommands: n + 1 }));
    const link = new FakeLink("YXlinksSPP", ["tx", "rx"], { notifications: { rx: echoes } });
    await expect(fredorch.create(definitionFor("fredorch")).initialize!(link)).rejects.toThrow(
      /did not answer init frame 01 10 00 6b/,
    );
    expect(link.shown()).toEqual(["subscribe rx", ...INIT_WRITES.slice(0, 3)]);
  });

  it("looks the speed up from distance and duration: the slowest speed faster than the duration", () => {
    expect(fredorchSpeed(7, 200)).toBe(12);
    expect(fredorchSpeed(8, 50)).toBe(20);
    expect(fredorchSpeed(15, 100000)).toBe(1);
    expect(fredorchSpeed(1, 1000)).toBe(2);
    expect(fredorchSpeed(0, 500)).toBe(0);
  });

  it("moves by programming one step: speed twice, position ×10 twice", () => {
    const h = fredorch.create(definitionFor("fredorch"));
    expect(out(h, 0, hwPosition(7, 200))).toEqual([step("01 10 00 6b 00 05 0a 00 0c 00 0c 00 46 00 46 00 01")]);
    expect(out(h, 0, hwPosition(15, 50))).toEqual([step("01 10 00 6b 00 05 0a 00 14 00 14 00 96 00 96 00 01")]);
    expect(out(h, 0, hwPosition(15, 50))).toEqual([step("01 10 00 6b 00 05 0a 00 00 00 00 00 96 00 96 00 01")]);
    expect(out(h, 0, hwPosition(0, 100000))).toEqual([step("01 10 00 6b 00 05 0a 00 01 00 01 00 00 00 00 00 01")]);
  });

  it("oscillates over the 0-225 range at the given speed, and to 0-0 when stopped", () => {
    const h = fredorch.create(definitionFor("fredorch"));
    expect(out(h, 0, { Oscillate: { Value: 10 } })).toEqual([
      step("01 10 00 6b 00 05 0a 00 0a 00 0a 00 00 00 e1 00 01"),
    ]);
    expect(out(h, 0, { Oscillate: { Value: 0 } })).toEqual([
      step("01 10 00 6b 00 05 0a 00 00 00 00 00 00 00 00 00 01"),
    ]);
    expect(() => out(h, 0, vibrate(1))).toThrow(/Vibrate/);
  });
});
