/**
 * What a protocol handler does with a command the server would never pass it (the v4 handler
 * checks output types and ranges first): it throws a device error naming the protocol and what is
 * wrong, instead of writing something. The bytes of every valid command are device cases
 * (test/fixtures/device-cases); these error paths cannot go through the server, so they stay here.
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
const REFUSED: [string, string | undefined, number, v4.OutputCommand, RegExp][] = [
  ["aneros", undefined, 0, output("Oscillate", 1), /aneros.*Oscillate/],
  ["sensee", undefined, 0, output("Oscillate", 1), /sensee.*Oscillate/],
  ["xiuxiuda", undefined, 0, output("Oscillate", 1), /xiuxiuda.*Oscillate/],
  ["sakuraneko", "sakuraneko-01", 0, output("Oscillate", 1), /sakuraneko.*Oscillate/],
  ["sakuraneko", "sakuraneko-04", 0, output("Oscillate", 1), /sakuraneko.*Oscillate/],
  ["prettylove", undefined, 0, output("Oscillate", 1), /prettylove.*Oscillate/],
  ["picobong", "Diver", 0, output("Oscillate", 1), /picobong.*Oscillate/],
  ["realov", undefined, 0, output("Oscillate", 1), /realov.*Oscillate/],
];

test.each(REFUSED)("%s (%s): feature %i refuses %j", (protocol, identifier, feature, command, message) => {
  const handler = handlerFor(protocol, identifier);
  expect(() => handler.output(feature, command)).toThrow(message);
});
