import { stopCommands } from "./byte-protocol-kit";
/**
 * Every output the official device config gives a configuration of the protocols added in this
 * batch can be encoded, at 0 and at both ends of its range, into writes of bytes (or, for the
 * Fredorch Rotary's stepped speed, into nothing now and steps later). Catches a configuration
 * whose feature layout a protocol file does not expect.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { getProtocol } from "../../../runtime/hardware/protocols";
import { FakeLink, definitionFor } from "./support";

const BATCH = [
  "fredorch",
  "fredorch-rotary",
  "galaku",
  "kgoal-boost",
  "kiiroo-powershot",
  "kiiroo-prowand",
  "kiiroo-v21-initialized",
  "kiiroo-v3",
  "lovehoney-desire",
  "thehandy",
  "thehandy-v3",
  "vibcrafter",
  "vibratissimo",
];

/** Outputs the reference server has no encoding for either (it answers them with an error). */
const KNOWN_UNSUPPORTED: Record<string, string[]> = { "galaku G339": ["Rotate"] };

const config = JSON.parse(
  fs.readFileSync(
    path.join(__dirname, "../../../runtime/hardware/device-config/buttplug-device-config-v4.json"),
    "utf8",
  ),
) as {
  protocols: Record<string, { defaults?: { features?: unknown[] }; configurations?: { identifier: string[] }[] }>;
};

const cases: [string, string | undefined][] = BATCH.flatMap((protocol) => {
  const entry = config.protocols[protocol];
  const ids: (string | undefined)[] = (entry.configurations ?? []).flatMap((c) => c.identifier);
  if ((entry.defaults?.features ?? []).length > 0) ids.unshift(undefined);
  return ids.map((id): [string, string | undefined] => [protocol, id]);
});

describe("every configured output of this batch encodes", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it("covers every protocol of the batch", () => {
    expect(new Set(cases.map(([p]) => p))).toEqual(new Set(BATCH));
  });

  it.each(cases)("%s %s", async (protocol, identifier) => {
    const definition = definitionFor(protocol, identifier);
    const handler = getProtocol(protocol)!.create(definition);
    if (protocol === "fredorch-rotary") await handler.initialize!(new FakeLink("M1_1", ["tx", "rx"]));
    const unsupported = KNOWN_UNSUPPORTED[`${protocol} ${identifier}`] ?? [];
    definition.features.forEach((feature, index) => {
      for (const [type, range] of Object.entries(feature.Output ?? {}) as [
        string,
        { Value: number[]; Duration?: number[] },
      ][]) {
        for (const value of new Set([0, range.Value[0], range.Value[1]])) {
          const body: Record<string, number> = { Value: value };
          if (range.Duration) body.Duration = range.Duration[1];
          const encode = () => handler.output(index, { [type]: body } as never);
          if (unsupported.includes(type)) {
            expect(encode).toThrow(type);
            continue;
          }
          const commands = encode();
          for (const c of commands) {
            expect(c.kind).toBe("write");
            if (c.kind === "write")
              expect(Array.from(c.data).every((b) => Number.isInteger(b) && b >= 0 && b <= 255)).toBe(true);
          }
          if (protocol !== "fredorch-rotary" || value === 0) expect(commands.length).toBeGreaterThan(0);
        }
      }
    });
    // The stop rule picks each feature's first stoppable output; where that is one the reference
    // cannot encode either (G339's Rotate), the stop fails there as well.
    if (unsupported.includes("Rotate")) expect(() => stopCommands(handler, definition)).toThrow(/Rotate/);
    else expect(stopCommands(handler, definition).every((c) => c.kind === "write")).toBe(true);
  });
});
