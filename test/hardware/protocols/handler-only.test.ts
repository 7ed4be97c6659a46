/**
 * What a protocol handler does with commands the server never passes it (the v4 handler checks
 * output types and ranges against the device's features first): a device error naming the
 * protocol and what is wrong, or bytes for an output type no configuration gives the protocol.
 * Everything the server does reach is a device case (test/fixtures/device-cases).
 */
import type { v4 } from "../../../generated";
import { loadDeviceConfig } from "../../../runtime/hardware/config";
import { getProtocol } from "../../../runtime/hardware/protocols";

const config = loadDeviceConfig({});

/** The handler a device of the built-in config gets (defaults, or the configuration `identifier` names). */
function handlerFor(protocol: string, identifier?: string) {
  const definition = config.resolveDefinition(protocol, identifier, "AA:BB:CC:DD:EE:FF");
  if (!definition || (identifier !== undefined && definition.identifier !== identifier))
    throw new Error(`no configuration ${identifier ?? "(defaults)"} of ${protocol} in the device config`);
  return getProtocol(protocol)!.create(definition);
}

const output = (type: string, Value: number) => ({ [type]: { Value } }) as unknown as v4.OutputCommand;

/** [protocol, configuration identifier, FeatureIndex, command, what the error says]. */
type Refusal = [string, string | undefined, number, v4.OutputCommand, RegExp];
const REFUSED: Refusal[] = [
  ["aneros", undefined, 0, output("Oscillate", 1), /aneros.*Oscillate/],
  ["sensee", undefined, 0, output("Oscillate", 1), /sensee.*Oscillate/],
  ["xiuxiuda", undefined, 0, output("Oscillate", 1), /xiuxiuda.*Oscillate/],
  ["sakuraneko", "sakuraneko-01", 0, output("Oscillate", 1), /sakuraneko.*Oscillate/],
  ["sakuraneko", "sakuraneko-04", 0, output("Oscillate", 1), /sakuraneko.*Oscillate/],
  ["prettylove", undefined, 0, output("Oscillate", 1), /prettylove.*Oscillate/],
  ["picobong", "Diver", 0, output("Oscillate", 1), /picobong.*Oscillate/],
  ["realov", undefined, 0, output("Oscillate", 1), /realov.*Oscillate/],
  ...(
    [
      ["pink_punch", "Pink_Punch"],
      ["fox", undefined],
      ["deepsire", "IMP 3"],
      ["meese", "Meese-V389"],
      ["mizzzee", undefined],
      ["mizzzee-v2", undefined],
      ["omobo", undefined],
      ["sexverse-v4", "HJ2024N01"],
      ["sexverse-v5", undefined],
      ["cachito", "CCTSK"],
      ["activejoy", undefined],
      ["xibao", undefined],
      ["fleshy-thrust", undefined],
      ["synchro", undefined],
      ["kizuna", undefined],
      ["adrienlastic", "LVS-S001"],
      ["youcups", undefined],
      ["nextlevelracing", undefined],
      ["lovenuts", undefined],
      ["mymuselinkplus", undefined],
      ["mannuo", undefined],
      ["maxpro", undefined],
      ["zalo", "ZALO-Queen"],
    ] as const
  ).map(
    ([protocol, identifier]) =>
      [protocol, identifier, 0, output("Constrict", 1), new RegExp(`${protocol}.*Constrict`)] as Refusal,
  ),
  ["zalo", "ZALO-King", 2, output("Vibrate", 1), /FeatureIndex 0 and 1/],
];

test.each(REFUSED)("%s (%s): feature %i refuses %j", (protocol, identifier, feature, command, message) => {
  const handler = handlerFor(protocol, identifier);
  expect(() => handler.output(feature, command)).toThrow(message);
});

test("synchro: RotationWithDirection counterclockwise sets bit 7 of the speed, as a negative Rotate", () => {
  const [write] = handlerFor("synchro").output(0, {
    RotationWithDirection: { Value: 6, Clockwise: false },
  } as unknown as v4.OutputCommand);
  expect(write?.kind === "write" && [...write.data]).toEqual([0xa1, 0x01, 0x86, 0x77, 0x55]);
});
