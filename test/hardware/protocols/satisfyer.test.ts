import { stopCommands } from "./byte-protocol-kit";
import { satisfyer, satisfyerIdentifier, KEEPALIVE_MS } from "../../../runtime/hardware/protocols/satisfyer";
import { loadDeviceConfig } from "../../../runtime/hardware/config";
import { createHardwareDevice } from "../../../runtime/hardware/comm/identify";
import { getProtocol } from "../../../runtime/hardware/protocols";
import { silentLogger } from "../../../runtime/log";
import { FakeClock } from "../fake-clock";
import { FakeLink as DeviceFakeLink } from "../fake-link";
import { FakeLink, definitionFor, out, show, vibrate, w } from "./support";

const ENDPOINTS = ["command", "tx", "rxblemodel"];

describe("satisfyer", () => {
  it("identifies the model from the rxblemodel characteristic as a big-endian integer (reference test case)", async () => {
    const link = new FakeLink("SF Whatever", ENDPOINTS, { reads: { rxblemodel: [[0, 0, 39, 176]] } });
    await expect(satisfyer.identify!(link)).resolves.toBe("10160");
    expect(link.shown()).toEqual(["read rxblemodel 128"]);
  });

  it("prefers advertised manufacturer data when the link offers it", async () => {
    const link = Object.assign(new FakeLink("SF Whatever", ENDPOINTS), {
      manufacturerData: [{ company: 93, data: [0, 0, 39, 21] }],
    });
    await expect(satisfyer.identify!(link)).resolves.toBe("10005");
    expect(link.commands).toEqual([]);
  });

  it.each([
    [[0, 0, 39, 81], "10065"],
    [[0xff, 0xff, 0xff, 0xff], "4294967295"],
    [[1, 2, 3], "0"],
  ])("reads model bytes %j as %s", (data, id) => {
    expect(satisfyerIdentifier(data)).toBe(id);
  });

  it("initializes by writing 01 to the command endpoint with response", async () => {
    const link = new FakeLink("SF Whatever", ENDPOINTS);
    await satisfyer.create(definitionFor("satisfyer", "10160")).initialize!(link);
    expect(link.shown()).toEqual([w("command", "01", true)]);
  });

  it("dual vibrator: each speed four times, both motors in one packet (reference test case)", () => {
    const h = satisfyer.create(definitionFor("satisfyer", "10160"));
    expect(out(h, 0, vibrate(50))).toEqual([w("tx", "32 32 32 32 00 00 00 00")]);
    expect(out(h, 1, vibrate(25))).toEqual([w("tx", "32 32 32 32 19 19 19 19")]);
    expect(out(h, 0, vibrate(75))).toEqual([w("tx", "4b 4b 4b 4b 19 19 19 19")]);
    expect(out(h, 1, vibrate(100))).toEqual([w("tx", "4b 4b 4b 4b 64 64 64 64")]);
    expect(out(h, 0, vibrate(0))).toEqual([w("tx", "00 00 00 00 64 64 64 64")]);
    expect(stopCommands(h, definitionFor("satisfyer", "10160")).map(show)).toEqual([
      w("tx", "00 00 00 00 00 00 00 00"),
    ]);
  });

  it("single and triple vibrators size the packet by their output count (reference test cases)", () => {
    const single = satisfyer.create(definitionFor("satisfyer", "10005"));
    expect(out(single, 0, vibrate(50))).toEqual([w("tx", "32 32 32 32")]);
    const triple = satisfyer.create(definitionFor("satisfyer", "10065"));
    expect(out(triple, 2, vibrate(25))).toEqual([w("tx", "00 00 00 00 00 00 00 00 19 19 19 19")]);
  });

  it("keeps the device alive by repeating the current packet every 3 s (zeros before any command)", () => {
    const h = satisfyer.create(definitionFor("satisfyer", "10160"));
    const before = h.keepalive!()!;
    expect(before.intervalMs).toBe(KEEPALIVE_MS);
    expect(before.commands.map(show)).toEqual([w("tx", "00 00 00 00 00 00 00 00")]);
    out(h, 1, vibrate(7));
    expect(h.keepalive!()!.commands.map(show)).toEqual([w("tx", "00 00 00 00 07 07 07 07")]);
    stopCommands(h, definitionFor("satisfyer", "10160"));
    expect(h.keepalive!()!.commands.map(show)).toEqual([w("tx", "00 00 00 00 00 00 00 00")]);
  });
});

describe("satisfyer through HardwareDevice", () => {
  it("identifies by advertised manufacturer data, initializes, stops on connect, then repeats the current packet every 3 s", async () => {
    const link = Object.assign(new DeviceFakeLink("SF Curvy 2+", "SF:01"), {
      manufacturerData: [{ company: 93, data: [0, 0, 39, 176] }],
    });
    const clock = new FakeClock();
    const device = await createHardwareDevice(link, "satisfyer", {
      config: loadDeviceConfig({}),
      getProtocol,
      log: silentLogger,
      clock,
    });
    expect(device?.features.size).toBe(2);
    await device!.output(0, { Vibrate: { Value: 50 } });
    await clock.advance(KEEPALIVE_MS);
    await device!.output(1, { Vibrate: { Value: 25 } });
    await clock.advance(KEEPALIVE_MS);
    await device!.stop();
    await clock.advance(KEEPALIVE_MS);
    expect(link.commands.map(show)).toEqual([
      w("command", "01", true),
      // The reference stops a repeat-last-packet device on connect: one stop per motor, each its
      // own write on a device without a timing gap (a gap would batch them into the last one).
      w("tx", "00 00 00 00 00 00 00 00"),
      w("tx", "00 00 00 00 00 00 00 00"),
      w("tx", "32 32 32 32 00 00 00 00"),
      w("tx", "32 32 32 32 00 00 00 00"),
      w("tx", "32 32 32 32 19 19 19 19"),
      w("tx", "32 32 32 32 19 19 19 19"),
      w("tx", "00 00 00 00 19 19 19 19"),
      w("tx", "00 00 00 00 00 00 00 00"),
      w("tx", "00 00 00 00 00 00 00 00"),
    ]);
    await device!.disconnect();
  });
});
