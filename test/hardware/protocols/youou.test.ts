import { youou } from "../../../runtime/hardware/protocols/youou";
import { cmd, connect, definitionFor, expectSteps, FakeLink, w } from "./byte-protocol-kit";

/** The frame for a packet id and level, with the XOR of the first eight bytes computed independently. */
function frame(id: number, level: number): number[] {
  const head = [0xaa, 0x55, id, 0x02, 0x03, 0x01, level, level > 0 ? 1 : 0];
  let xor = 0;
  for (const b of head) xor ^= b;
  return [...head, xor, 0xff, 0, 0, 0, 0, 0, 0, 0];
}

describe("youou", () => {
  test("identifies every device as VX001_ without talking to it", async () => {
    const link = new FakeLink(["tx"]);
    await expect(youou.identify!(link)).resolves.toBe("VX001_");
    expect(link.executed).toEqual([]);
  });

  test("frames carry a counter that goes up by one per frame, the level, an on flag and an XOR byte", async () => {
    const definition = definitionFor("youou");
    expect(definition.features[0].Output).toEqual({ Vibrate: { Value: [0, 255] } });
    const { handler } = await connect(youou, definition);
    expectSteps(handler, [
      [
        "mid, packet 0",
        0,
        cmd.vibrate(128),
        [w("tx", [0xaa, 0x55, 0x00, 0x02, 0x03, 0x01, 0x80, 0x01, 0x7e, 0xff, 0, 0, 0, 0, 0, 0, 0])],
      ],
      ["max, packet 1", 0, cmd.vibrate(255), [w("tx", frame(1, 255))]],
      [
        "off, packet 2",
        0,
        cmd.vibrate(0),
        [w("tx", [0xaa, 0x55, 0x02, 0x02, 0x03, 0x01, 0x00, 0x00, 0xfd, 0xff, 0, 0, 0, 0, 0, 0, 0])],
      ],
    ]);
  });

  test("the packet counter wraps from 255 to 0", async () => {
    const { handler } = await connect(youou, definitionFor("youou"));
    for (let i = 0; i < 256; i++) handler.output(0, cmd.vibrate(1));
    expectSteps(handler, [["packet 256 is id 0", 0, cmd.vibrate(10), [w("tx", frame(0, 10))]]]);
  });
});
