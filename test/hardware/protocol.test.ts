/**
 * defineProtocol, the one way a protocol file declares its protocol: per-output methods with a
 * default (the reference's ProtocolHandler), and the last values kept by the framework.
 */
import type { inside } from "../../generated";
import { ErrorCode } from "../../runtime/errors";
import {
  type DeviceDefinition,
  defineProtocol,
  type HardwareLink,
  type OutputValues,
  type ProtocolMethods,
  write,
} from "../../runtime/hardware/protocol";

const definition: DeviceDefinition = { protocol: "example", name: "Example", messageTimingGap: 0, features: [] };
const command = (body: object) => body as inside.OutputCommand;
const bytes = (commands: ReturnType<ProtocolMethods["vibrate"] & object>) =>
  commands.map((c) => (c.kind === "write" ? [...c.data] : c.kind));

/** A two-motor packet protocol, the shape that used to keep its speeds by hand. */
function twoMotors() {
  let seen: OutputValues | undefined;
  const protocol = defineProtocol({
    name: "example",
    create: (_definition, outputs) => {
      seen = outputs;
      return {
        vibrate: (featureIndex) => {
          if (featureIndex > 1) throw new Error("no such motor");
          return [write("tx", [0x01, ...outputs.slots(2)])];
        },
        rotate: (_featureIndex, speed) => [write("tx", [0x02, speed & 0xff])],
      };
    },
  });
  return { handler: protocol.create(definition), outputs: () => seen! };
}

describe("defineProtocol", () => {
  test("an output type without a method is ERROR_DEVICE naming the protocol, the type and the FeatureIndex", () => {
    const { handler } = twoMotors();
    expect(() => handler.output(0, command({ Oscillate: { Value: 3 } }))).toThrow(
      expect.objectContaining({
        code: ErrorCode.Device,
        message: "example: OutputCmd Oscillate is not supported on FeatureIndex 0",
      }),
    );
  });

  test("the framework keeps every feature's last value: a packet of all motors needs no speeds of its own", () => {
    const { handler, outputs } = twoMotors();
    expect(bytes(handler.output(0, command({ Vibrate: { Value: 7 } })))).toEqual([[0x01, 7, 0]]);
    expect(bytes(handler.output(1, command({ Vibrate: { Value: 4 } })))).toEqual([[0x01, 7, 4]]);
    expect(outputs().get(1)).toBe(4);
    expect(outputs().ofType("Vibrate")).toBe(4);
    expect(outputs().ofType("Rotate")).toBe(0);
  });

  test("a method that throws leaves the last values as they were", () => {
    const { handler, outputs } = twoMotors();
    handler.output(0, command({ Vibrate: { Value: 7 } }));
    expect(() => handler.output(2, command({ Vibrate: { Value: 9 } }))).toThrow("no such motor");
    expect(outputs().slots(3)).toEqual([7, 0, 0]);
    expect(outputs().ofType("Vibrate")).toBe(7);
  });

  test("RotationWithDirection arrives as a signed rotate: counterclockwise is negative", () => {
    const { handler, outputs } = twoMotors();
    expect(bytes(handler.output(2, command({ RotationWithDirection: { Value: 5, Clockwise: false } })))).toEqual([
      [0x02, 0xfb],
    ]);
    expect(outputs().get(2)).toBe(-5);
  });

  test("HwPositionWithDuration gets position and duration; hooks of a class keep their `this`", async () => {
    class Stroker implements ProtocolMethods {
      private readonly prefix = 0x03;
      hwPositionWithDuration(_featureIndex: number, position: number, durationMs: number) {
        return [write("tx", [this.prefix, position, durationMs / 100])];
      }
      async initialize(link: HardwareLink) {
        await link.execute(write("tx", [this.prefix]));
      }
    }
    const handler = defineProtocol({ name: "stroker", create: () => new Stroker() }).create(definition);
    expect(bytes(handler.output(0, command({ HwPositionWithDuration: { Value: 50, Duration: 300 } })))).toEqual([
      [0x03, 50, 3],
    ]);
    const written: number[][] = [];
    const link = { execute: async (c: { data: Uint8Array }) => written.push([...c.data]) } as unknown as HardwareLink;
    await handler.initialize!(link);
    expect(written).toEqual([[0x03]]);
    expect(handler.keepalive).toBeUndefined();
  });
});
