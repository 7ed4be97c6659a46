import {
  crc16Modbus,
  HONEY_PLAYBOX_KEEPALIVE_DELAY_MS,
  HoneyPlayBoxFrameCollector,
  honeyPlayBoxFrame,
  honeyplaybox,
} from "../../../runtime/hardware/protocols/honeyplaybox";
import { cmd, connect, definitionFor, expectSteps, FakeLink, plain, stopCommands, w } from "./byte-protocol-kit";

// From the reference server's device test case (Vibrosa, JXT002).
const HANDSHAKE = [0x02, 0xa5, 0x5a, 0x55, 0xaa, 0xf0, 0x00, 0xb1, 0x01, 0x00, 0x02, 0x00, 0x10, 0x03, 0x36, 0x86];
const REPLY = [
  0x02, 0xa5, 0x5a, 0x55, 0xaa, 0xf0, 0x00, 0xb1, 0x01, 0x00, 0x12, 0x90, 0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06,
  0x07, 0x08, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x0e, 0x0f, 0x10, 0x03, 0xf4, 0x26,
];
const HEAD = [0x02, 0xa5, 0x5a, 0x55, 0xaa, 0xf0];
const groups = (s0: number, s1: number) => [
  0x01,
  0x00,
  0x05,
  0x00,
  0x3c,
  0x00,
  0x00,
  s0,
  0x11,
  0x00,
  0x05,
  0x00,
  0x3c,
  0x00,
  0x00,
  s1,
];
const VIBRATE_50_0 = [
  ...HEAD,
  0x02,
  0xb1,
  0x03,
  0x00,
  0x18,
  ...groups(0x32, 0),
  0x3c,
  0xab,
  0x13,
  0x93,
  0x4e,
  0x4c,
  0xb8,
  0x57,
  0x03,
  0x32,
  0x91,
];
const stopFrame = (counter: number) => [
  ...HEAD,
  counter,
  0xb1,
  0x03,
  0x00,
  0x18,
  ...groups(0, 0),
  0xf8,
  0x2d,
  0xc3,
  0x5b,
  0xd6,
  0x08,
  0x32,
  0xe4,
  0x03,
  0xd6,
  0x75,
];

const link = () => new FakeLink(["tx", "rx", "rxblebattery"]);

describe("honeyplaybox", () => {
  test("initialize subscribes, sends the handshake with response and takes the key from the 9000 reply", async () => {
    const l = link().notify("rx", REPLY);
    await connect(honeyplaybox, definitionFor("honeyplaybox", "JXT002"), l);
    expect(plain(l.executed)).toEqual(plain([{ kind: "subscribe", endpoint: "rx" }, w("tx", HANDSHAKE, true)]));
  });

  test("outputs send every motor in one signed frame with the next counter; stop sends one per motor (reference test case)", async () => {
    const definition = definitionFor("honeyplaybox", "JXT002");
    const { handler } = await connect(honeyplaybox, definition, link().notify("rx", REPLY));
    expectSteps(handler, [["motor 0 at 50, counter 2", 0, cmd.vibrate(50), [w("tx", VIBRATE_50_0, true)]]]);
    expect(plain(stopCommands(handler, definition))).toEqual(
      plain([w("tx", stopFrame(3), true), w("tx", stopFrame(4), true)]),
    );
  });

  test("a reply split over two notifications is reassembled", async () => {
    const l = link().notify("rx", REPLY.slice(0, 20)).notify("rx", REPLY.slice(20));
    const { handler } = await connect(honeyplaybox, definitionFor("honeyplaybox", "JXT002"), l);
    expectSteps(handler, [["motor 0 at 50", 0, cmd.vibrate(50), [w("tx", VIBRATE_50_0, true)]]]);
  });

  test("silence resends the handshake (counter +1); three more silent waits fail initialization", async () => {
    const l = link();
    await expect(connect(honeyplaybox, definitionFor("honeyplaybox", "JXT002"), l)).rejects.toThrow(
      /handshake failed after 3 retries/,
    );
    const writes = l.executed
      .filter((c) => c.kind === "write")
      .map((c) => Array.from((c as { data: Uint8Array }).data)[6]);
    expect(writes).toEqual([0, 1]);
  });

  test("a refusal code fails initialization, naming the code", async () => {
    const refusal = honeyPlayBoxFrame(0xb1, 0x01, [0x6a, 0x80], 0);
    await expect(
      connect(honeyplaybox, definitionFor("honeyplaybox", "JXT002"), link().notify("rx", refusal)),
    ).rejects.toThrow(/code 6a80/);
  });

  test("keepalive: the current state with the next counter after 500 ms of silence, without using the counter up", async () => {
    const { handler } = await connect(
      honeyplaybox,
      definitionFor("honeyplaybox", "JXT002"),
      link().notify("rx", REPLY),
    );
    handler.output(0, cmd.vibrate(50));
    const keepalive = handler.keepalive!()!;
    expect(keepalive.intervalMs).toBe(HONEY_PLAYBOX_KEEPALIVE_DELAY_MS);
    expect(Array.from((keepalive.commands[0] as { data: Uint8Array }).data)[6]).toBe(3);
    expect(Array.from((handler.keepalive!()!.commands[0] as { data: Uint8Array }).data)[6]).toBe(3);
    expect(Array.from((handler.output(0, cmd.vibrate(0))[0] as { data: Uint8Array }).data)[6]).toBe(3);
  });

  test("battery: one byte from rxblebattery", async () => {
    const l = link().notify("rx", REPLY).replyToRead("rxblebattery", [77]);
    const { handler } = await connect(honeyplaybox, definitionFor("honeyplaybox", "JXT002"), l);
    await expect(handler.readInput!(l, 2, "Battery" as never)).resolves.toEqual({ Battery: { Value: 77 } });
    expect(l.executed.at(-1)).toEqual({ kind: "read", endpoint: "rxblebattery", length: 20, timeoutMs: 0 });
  });

  test("CRC-16/MODBUS; the frame collector skips garbage and keeps a header split across chunks", () => {
    expect(crc16Modbus(Array.from(Buffer.from("123456789")))).toBe(0x4b37);
    const collector = new HoneyPlayBoxFrameCollector();
    expect(collector.push([0x99, 0x98, ...HANDSHAKE.slice(0, 5)])).toEqual([]);
    expect(collector.push(HANDSHAKE.slice(5))).toEqual([HANDSHAKE]);
  });
});
