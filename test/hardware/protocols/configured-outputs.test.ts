import { stopCommands } from "./byte-protocol-kit";
/**
 * Every output the official device config gives a configuration of these protocols can be encoded,
 * at 0 and at both ends of its range, into writes of bytes. Catches a configuration whose feature
 * layout a protocol file does not expect (an output type or FeatureIndex it would reject).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { getProtocol } from "../../../runtime/hardware/protocols";
import { definitionFor, FakeLink } from "./support";

const MINE = [
  "kiiroo-spot",
  "kiiroo-v2",
  "kiiroo-v2-vibrator",
  "kiiroo-v21",
  "lelo-f1s",
  "lelo-f1sv2",
  "lelo-harmony",
  "lovense",
  "magic-motion-1",
  "magic-motion-2",
  "magic-motion-3",
  "magic-motion-4",
  "satisfyer",
  ...[
    "alex",
    "alex-v2",
    "avaneo",
    "barnard",
    "barney",
    "dice",
    "dt250a",
    "iker",
    "jordan",
    "pulse",
    "sam",
    "sam2",
    "suitcase",
    "tarax",
    "v1",
    "v2",
    "v3",
    "v4",
    "v5",
    "v6",
  ].map((s) => `svakom-${s}`),
  "vorze-sa",
  "wevibe",
  "wevibe-8bit",
  "wevibe-chorus",
];

const config = JSON.parse(
  fs.readFileSync(
    path.join(__dirname, "../../../runtime/hardware/device-config/buttplug-device-config-v4.json"),
    "utf8",
  ),
) as {
  protocols: Record<string, { defaults?: { features?: unknown[] }; configurations?: { identifier: string[] }[] }>;
};

/** (protocol, identifier) for the defaults (when they define features) and every configuration. */
const cases: [string, string | undefined][] = MINE.flatMap((protocol) => {
  const entry = config.protocols[protocol];
  const ids: (string | undefined)[] = (entry.configurations ?? []).flatMap((c) => c.identifier);
  if ((entry.defaults?.features ?? []).length > 0 && protocol !== "vorze-sa") ids.unshift(undefined);
  return ids.map((id): [string, string | undefined] => [protocol, id]);
});

describe("every configured output encodes", () => {
  it.each(cases)("%s %s", async (protocol, identifier) => {
    const definition = definitionFor(protocol, identifier);
    const handler = getProtocol(protocol)!.create(definition);
    // Strokers that step on a timer need the link; nothing else is sent by these initializers here.
    if (protocol === "lovense") await handler.initialize?.(new FakeLink("LVS-Test", ["tx", "rx"]));
    definition.features.forEach((feature, index) => {
      for (const [type, range] of Object.entries(feature.Output ?? {}) as [
        string,
        { Value: number[]; Duration?: number[] },
      ][]) {
        for (const value of new Set([0, range.Value[0], range.Value[1]])) {
          const body: Record<string, number> = { Value: value };
          if (range.Duration) body.Duration = range.Duration[1];
          const commands = handler.output(index, { [type]: body } as never);
          for (const c of commands) {
            expect(c.kind).toBe("write");
            if (c.kind === "write")
              expect(Array.from(c.data).every((b) => Number.isInteger(b) && b >= 0 && b <= 255)).toBe(true);
          }
          // Lovense strokes are stepped from a timer; every other output writes at once.
          if (type !== "HwPositionWithDuration" || protocol !== "lovense") expect(commands.length).toBeGreaterThan(0);
        }
      }
    });
    // The stop rule's commands are writes too (and the Solace's Oscillate 0 ends any stroke timer).
    expect(stopCommands(handler, definition).every((c) => c.kind === "write")).toBe(true);
  });
});
