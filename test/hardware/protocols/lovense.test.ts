import { stopCommands } from "./byte-protocol-kit";
import {
  lovense,
  identifierFromDeviceType,
  identifierFromName,
  parseBattery,
  strokeStepSize,
  DEVICE_TYPE_RETRIES,
} from "../../../runtime/hardware/protocols/lovense";
import {
  FakeLink,
  bytes,
  definitionFor,
  hwPosition,
  oscillate,
  out,
  rotate,
  vibrate,
  constrict,
  w,
  show,
} from "./support";

const ENDPOINTS = ["tx", "rx"];
const handlerFor = (identifier?: string) => lovense.create(definitionFor("lovense", identifier));

describe("lovense identification", () => {
  it("subscribes to rx, asks DeviceType; and takes the model letters of the reply as the identifier", async () => {
    const link = new FakeLink("LVS-DoesntMatter", ENDPOINTS, {
      notifications: { rx: [{ data: bytes("P:02:0082059AD3BD;"), afterCommands: 2 }] },
    });
    await expect(lovense.identify!(link)).resolves.toBe("P");
    expect(link.shown()).toEqual(["subscribe rx", w("tx", "'DeviceType;'")]);
  });

  it.each([
    ["Z:11:0082059AD3BD;", "Z"],
    ["OC:252:0082059AD3BD;", "OC"],
    ["EI:02:0082059AD3BD;", "EI"],
    ["EI:03:0082059AD3BD;", "EI-FW3"],
    ["EI:10:0082059AD3BD;", "EI-FW3"],
    ["WD:252:0082059AD3BD;", "WD"],
    ["garbage", undefined],
  ])("maps the DeviceType reply %s to identifier %s", (reply, identifier) => {
    expect(identifierFromDeviceType(reply)).toBe(identifier);
  });

  it("asks again after each silent timeout and falls back to the LVS-<letters><digits> name", async () => {
    const link = new FakeLink("LVS-Z36", ENDPOINTS);
    await expect(lovense.identify!(link)).resolves.toBe("Z");
    const writes = link.shown().filter((s) => s.startsWith("write"));
    expect(writes).toHaveLength(DEVICE_TYPE_RETRIES + 1);
    expect(link.waits.every((x) => x.endpoint === "rx" && x.timeoutMs === 500)).toBe(true);
  });

  it("identifies nothing when neither the device nor its name tell the model", async () => {
    expect(identifierFromName("LOVE-Something")).toBeUndefined();
    await expect(lovense.identify!(new FakeLink("LOVE-xyz", ENDPOINTS))).resolves.toBeUndefined();
  });
});

describe("lovense outputs (reference test cases)", () => {
  it("single vibrator (Hush): Vibrate:<n>; at 0, mid and max", () => {
    const h = handlerFor("Z");
    expect(out(h, 0, vibrate(10))).toEqual([w("tx", "'Vibrate:10;'")]);
    expect(out(h, 0, vibrate(20))).toEqual([w("tx", "'Vibrate:20;'")]);
    expect(out(h, 0, vibrate(0))).toEqual([w("tx", "'Vibrate:0;'")]);
  });

  it("sex machine (F): Oscillate is sent as Vibrate:<n>;", () => {
    const h = handlerFor("F");
    expect(out(h, 0, oscillate(10))).toEqual([w("tx", "'Vibrate:10;'")]);
    expect(out(h, 0, oscillate(0))).toEqual([w("tx", "'Vibrate:0;'")]);
  });

  it("Edge: each vibrator is addressed by FeatureIndex + 1", () => {
    const h = handlerFor("P");
    expect(out(h, 0, vibrate(5))).toEqual([w("tx", "'Vibrate1:5;'")]);
    expect(out(h, 1, vibrate(15))).toEqual([w("tx", "'Vibrate2:15;'")]);
    expect(out(h, 1, vibrate(20))).toEqual([w("tx", "'Vibrate2:20;'")]);
    expect(out(h, 0, vibrate(0))).toEqual([w("tx", "'Vibrate1:0;'")]);
    expect(out(h, 1, vibrate(0))).toEqual([w("tx", "'Vibrate2:0;'")]);
  });

  it("Osci 3 and Spinel use the numbered form too; Spinel's thrusting (Oscillate) is Vibrate2", () => {
    const osci = handlerFor("OC");
    expect(out(osci, 0, vibrate(15))).toEqual([w("tx", "'Vibrate1:15;'")]);
    const spinel = handlerFor("WD");
    expect(out(spinel, 0, vibrate(10))).toEqual([w("tx", "'Vibrate1:10;'")]);
    expect(out(spinel, 1, oscillate(10))).toEqual([w("tx", "'Vibrate2:10;'")]);
  });

  it("Max: vibrator is Vibrate:<n>;, air pump is Air:Level:<n>;", () => {
    const h = handlerFor("B");
    expect(out(h, 0, vibrate(10))).toEqual([w("tx", "'Vibrate:10;'")]);
    expect(out(h, 1, constrict(2))).toEqual([w("tx", "'Air:Level:2;'")]);
    expect(out(h, 1, constrict(3))).toEqual([w("tx", "'Air:Level:3;'")]);
    expect(out(h, 1, constrict(0))).toEqual([w("tx", "'Air:Level:0;'")]);
  });

  it("Nora: clockwise rotation is Rotate:<n>;, counterclockwise sends RotateChange; first", () => {
    const h = handlerFor("A");
    expect(out(h, 0, vibrate(10))).toEqual([w("tx", "'Vibrate:10;'")]);
    expect(out(h, 1, rotate(-20))).toEqual([w("tx", "'RotateChange;'"), w("tx", "'Rotate:20;'")]);
    expect(out(h, 1, rotate(0))).toEqual([w("tx", "'Rotate:0;'")]);
    expect(out(h, 1, rotate(-10))).toEqual([w("tx", "'RotateChange;'"), w("tx", "'Rotate:10;'")]);
    expect(out(h, 1, rotate(20))).toEqual([w("tx", "'Rotate:20;'")]);
  });

  it("Nora accepts the documented RotateWithDirection form as a signed rotation", () => {
    const h = handlerFor("C");
    expect(out(h, 1, { RotateWithDirection: { Value: 5, Clockwise: false } })).toEqual([
      w("tx", "'RotateChange;'"),
      w("tx", "'Rotate:5;'"),
    ]);
    expect(out(h, 1, { RotateWithDirection: { Value: 5, Clockwise: true } })).toEqual([w("tx", "'Rotate:5;'")]);
  });

  it("Ridge (vibrator + rotator) uses the Nora commands", () => {
    const h = handlerFor("EL");
    expect(out(h, 1, rotate(-3))).toEqual([w("tx", "'RotateChange;'"), w("tx", "'Rotate:3;'")]);
  });

  it("Flexer (firmware 3): every actuator in one Mply command, rotation by magnitude", () => {
    const h = handlerFor("EI-FW3");
    expect(out(h, 0, vibrate(10))).toEqual([w("tx", "'Mply:10:0:0;'")]);
    expect(out(h, 1, vibrate(10))).toEqual([w("tx", "'Mply:10:10:0;'")]);
    expect(out(h, 0, vibrate(15))).toEqual([w("tx", "'Mply:15:10:0;'")]);
    expect(out(h, 2, rotate(5))).toEqual([w("tx", "'Mply:15:10:5;'")]);
    expect(out(h, 2, rotate(-20))).toEqual([w("tx", "'Mply:15:10:20;'")]);
    expect(stopCommands(h, definitionFor("lovense", "EI-FW3")).map(show)).toEqual([w("tx", "'Mply:0:0:0;'")]);
    expect(out(h, 1, vibrate(1))).toEqual([w("tx", "'Mply:0:1:0;'")]);
  });

  it("Flexer before firmware 3 (EI) is driven as a single vibrator", () => {
    expect(out(handlerFor("EI"), 0, vibrate(10))).toEqual([w("tx", "'Vibrate:10;'")]);
  });

  it("Lapis: three vibrators in one Mply command", () => {
    const h = handlerFor("U");
    expect(out(h, 2, vibrate(20))).toEqual([w("tx", "'Mply:0:0:20;'")]);
    expect(out(h, 0, vibrate(3))).toEqual([w("tx", "'Mply:3:0:20;'")]);
  });

  it("Gravity (vibrate + oscillate) uses the numbered Vibrate form", () => {
    const h = handlerFor("EA");
    expect(out(h, 1, oscillate(7))).toEqual([w("tx", "'Vibrate2:7;'")]);
  });

  it("Solace (H): Oscillate is Mply:<speed>:20; and stopping zeroes the stroke length", () => {
    const h = handlerFor("H");
    expect(out(h, 0, oscillate(10))).toEqual([w("tx", "'Mply:10:20;'")]);
    expect(out(h, 0, oscillate(15))).toEqual([w("tx", "'Mply:15:20;'")]);
    expect(out(h, 0, oscillate(0))).toEqual([w("tx", "'Mply:0:0;'")]);
    expect(stopCommands(h, definitionFor("lovense", "H")).map(show)).toEqual([w("tx", "'Mply:0:0;'")]);
  });

  it("Solace Pro (BA): stopping keeps the stroke length at 20", () => {
    const h = handlerFor("BA");
    expect(out(h, 0, oscillate(20))).toEqual([w("tx", "'Mply:20:20;'")]);
    expect(out(h, 0, oscillate(0))).toEqual([w("tx", "'Mply:0:20;'")]);
  });

  it("rejects output types the model does not have", () => {
    expect(() => out(handlerFor("Z"), 0, rotate(3))).toThrow(/Rotate is not supported on FeatureIndex 0/);
    expect(() => out(handlerFor("P"), 0, constrict(1))).toThrow(/Constrict/);
  });
});

describe("lovense Solace Pro strokes (HwPositionWithDuration)", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it("steps towards the goal every 100 ms with FSetSite:<position>; and stops at the goal", async () => {
    const h = handlerFor("BA");
    const link = new FakeLink("LVS-BA01", ENDPOINTS);
    await h.initialize!(link);
    expect(out(h, 0, hwPosition(50, 500))).toEqual([]); // the steps come from the timer
    for (let i = 0; i < 8; i++) await jest.advanceTimersByTimeAsync(100);
    expect(link.shown()).toEqual([10, 20, 30, 40, 50].map((p) => w("tx", `'FSetSite:${p};'`)));
  });

  it("moves in one step when the duration is under 100 ms, and back down without overshooting", async () => {
    const h = handlerFor("BA");
    const link = new FakeLink("LVS-BA01", ENDPOINTS);
    await h.initialize!(link);
    out(h, 0, hwPosition(100, 0));
    await jest.advanceTimersByTimeAsync(100);
    out(h, 0, hwPosition(0, 300));
    for (let i = 0; i < 5; i++) await jest.advanceTimersByTimeAsync(100);
    expect(link.shown()).toEqual(
      ["'FSetSite:100;'", "'FSetSite:67;'", "'FSetSite:34;'", "'FSetSite:1;'", "'FSetSite:0;'"].map((t) => w("tx", t)),
    );
  });

  it("abandons the stroke on stop", async () => {
    const h = handlerFor("BA");
    const link = new FakeLink("LVS-BA01", ENDPOINTS);
    await h.initialize!(link);
    out(h, 0, hwPosition(100, 1000));
    await jest.advanceTimersByTimeAsync(100);
    stopCommands(h, definitionFor("lovense", "BA"));
    await jest.advanceTimersByTimeAsync(1000);
    expect(link.shown()).toEqual([w("tx", "'FSetSite:10;'")]);
  });

  it("computes step sizes with integer division like the reference", () => {
    expect(strokeStepSize(0, 50, 500)).toBe(10);
    expect(strokeStepSize(100, 0, 300)).toBe(-33);
    expect(strokeStepSize(0, 7, 50)).toBe(7);
  });
});

describe("lovense battery", () => {
  it("writes Battery; and reads the level from the rx reply", async () => {
    const h = handlerFor("Z");
    const link = new FakeLink("LVS-Z36", ENDPOINTS, {
      notifications: { rx: [{ data: bytes("100;"), afterCommands: 1 }] },
    });
    await expect(h.readInput!(link, 1, "Battery" as never)).resolves.toEqual({ Battery: { Value: 100 } });
    expect(link.shown()).toEqual([w("tx", "'Battery;'")]);
  });

  it("skips replies that are not a level and strips the running marker", async () => {
    const h = handlerFor("P");
    const link = new FakeLink("LVS-P36", ENDPOINTS, {
      notifications: { rx: [{ data: bytes("OK;") }, { data: bytes("s85;") }] },
    });
    await expect(h.readInput!(link, 2, "Battery" as never)).resolves.toEqual({ Battery: { Value: 85 } });
  });

  it.each([
    ["85;", 85],
    ["s89;", 89],
    ["0;", 0],
    ["OK;", undefined],
    [";", undefined],
  ])("parses battery reply %s as %s", (reply, level) => {
    expect(parseBattery(reply)).toBe(level);
  });

  it("rejects reads of inputs it does not have", async () => {
    await expect(handlerFor("Z").readInput!(new FakeLink("x", ENDPOINTS), 1, "Pressure" as never)).rejects.toThrow(
      /Pressure/,
    );
  });
});
