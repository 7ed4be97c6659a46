import { stopCommands } from "./byte-protocol-kit";
import { handyV3Identifier, thehandyV3 } from "../../../runtime/hardware/protocols/thehandy-v3";
import { FakeLink, definitionFor, hwPosition, out, show, vibrate, w } from "./support";

const WR = true;

// Expected bytes spelled out by hand from hdy_rpc (proto3 wire format, defaults omitted; floats
// as little-endian f32: 0.5 = 0000003f, 1.0 = 0000803f, 0.01 = 0ad7233c).
describe("thehandy-v3", () => {
  it("identifies the configuration from the second part of the name", async () => {
    expect(await thehandyV3.identify!(new FakeLink("OHD_hw1_A1B2", ["tx", "rx"]))).toBe("hw1");
    expect(handyV3Identifier("OHD_hw4_x_y")).toBe("hw4");
    expect(handyV3Identifier("OHD_hw3")).toBe("unknown");
  });

  it("initializes: subscribe rx, battery request (id 1), capabilities request (id 2), each awaiting a reply", async () => {
    const link = new FakeLink("OHD_hw3_1", ["tx", "rx"], {
      notifications: {
        rx: [
          { data: [0x08, 0x03], afterCommands: 2 },
          { data: [0x08, 0x03], afterCommands: 3 },
        ],
      },
    });
    await thehandyV3.create(definitionFor("thehandy-v3", "hw3")).initialize!(link);
    expect(link.shown()).toEqual([
      "subscribe rx",
      w("tx", "08 01 12 05 10 01 b2 2c 00"),
      w("tx", "08 01 12 05 10 02 ca 2c 00"),
    ]);
    expect(link.waits.map((x) => x.endpoint)).toEqual(["rx", "rx"]);
  });

  it("goes on when the device does not reply during init", async () => {
    const link = new FakeLink("OHD_hw3_1", ["tx", "rx"]);
    await thehandyV3.create(definitionFor("thehandy-v3", "hw3")).initialize!(link);
    expect(link.commands).toHaveLength(3);
  });

  it("moves with RequestHdspXpTSet { xp, t, stop_on_target }, request ids counting from 0", () => {
    const h = thehandyV3.create(definitionFor("thehandy-v3", "hw4"));
    expect(out(h, 0, hwPosition(50, 500))).toEqual([w("tx", "08 01 12 0d c2 2e 0a 0d 00 00 00 3f 10 f4 03 18 01", WR)]);
    expect(out(h, 0, hwPosition(0, 0))).toEqual([w("tx", "08 01 12 07 10 01 c2 2e 02 18 01", WR)]);
    expect(out(h, 0, hwPosition(100, 100000))).toEqual([
      w("tx", "08 01 12 10 10 02 c2 2e 0b 0d 00 00 80 3f 10 a0 8d 06 18 01", WR),
    ]);
    expect(stopCommands(h, definitionFor("thehandy-v3", "hw4"))).toEqual([]); // positions have no stop
  });

  it("The Oh! vibrates with RequestHvpSet { amplitude, frequency 100 } and stops with RequestHvpStop", () => {
    const h = thehandyV3.create(definitionFor("thehandy-v3", "hw1"));
    expect(out(h, 0, vibrate(50))).toEqual([w("tx", "08 01 12 0a a2 38 07 0d 00 00 00 3f 10 64", WR)]);
    expect(out(h, 0, vibrate(100))).toEqual([w("tx", "08 01 12 0c 10 01 a2 38 07 0d 00 00 80 3f 10 64", WR)]);
    expect(out(h, 0, vibrate(0))).toEqual([w("tx", "08 01 12 05 10 02 aa 38 00", WR)]);
    expect(out(h, 0, vibrate(1))).toEqual([w("tx", "08 01 12 0c 10 03 a2 38 07 0d 0a d7 23 3c 10 64", WR)]);
  });

  it("stopping first (request id 0) sends HvpStop without an id", () => {
    const h = thehandyV3.create(definitionFor("thehandy-v3", "hw1"));
    expect(h.output(0, { Vibrate: { Value: 0 } } as never).map(show)).toEqual([w("tx", "08 01 12 03 aa 38 00", WR)]);
  });
});
