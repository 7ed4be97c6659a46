/** The page's model (runtime/dashboard/page/state.ts), built from events alone; the docs' examples are valid frames. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { frontend } from "../../generated";
import { DashboardState, fraction, printable } from "../../runtime/dashboard/page/state";

const device: frontend.DeviceConnected = {
  name: "Lush",
  index: 3,
  identifier: { protocol: "lovense", address: "SIM-LUSH-1" },
  timing_gap: 0,
  features: {
    "0": { FeatureIndex: 0, FeatureDescription: "", Output: { Vibrate: { Value: [0, 20] } } },
    "1": { FeatureIndex: 1, FeatureDescription: "", Input: { Battery: { Value: [[0, 100]], Command: ["Read"] } } },
  },
};

describe("the dashboard page's state", () => {
  test("a Snapshot, then outputs, readings, frames and bytes, then the device leaving", () => {
    const state = new DashboardState();
    const frames: frontend.EventFrame[] = [
      [
        {
          Snapshot: {
            version: 1,
            server: { name: "bpkit", version: "0", spec_versions: [4], started_at: 1, max_ping_time: 0, flags: {} },
            session: null,
            devices: [device],
            outputs: [{ index: 3, feature: 0, type: "Vibrate", value: 4, t: 2 }],
          },
        },
      ],
      [{ ClientConnected: { client_name: "app", spec_version: 3, since: 5 } }, { ClientPing: { t: 6 } }],
      [
        { OutputChanged: { index: 3, feature: 0, type: "Vibrate", value: 12, t: 7 } },
        { InputReading: { index: 3, feature: 1, type: "Battery", value: 80, t: 8 } },
      ],
      [
        { Frame: { dir: "c2s", t: 9, frame: "[]" } },
        { DeviceBytes: { index: 3, dir: "out", endpoint: "tx", t: 10, hex: "56693a313b0a" } },
        { DeviceBytes: { index: 3, dir: "in", endpoint: "rx", t: 11, hex: "00ff" } },
      ],
    ];
    for (const frame of frames) {
      expect(frontend.validators.EventFrame(frame)).toBe(true);
      state.apply(frame);
    }
    const lush = state.devices.get(3)!;
    expect(lush.outputs.get("0/Vibrate")).toEqual({ value: 12, t: 7 });
    expect(lush.inputs.get("1/Battery")!.history).toEqual([{ t: 8, value: 80 }]);
    expect(state.session).toEqual({ client_name: "app", spec_version: 3, since: 5, last_ping: 6 });
    expect(state.log.map((e) => [e.kind, e.text, e.ascii])).toEqual([
      ["c2s", "[]", undefined],
      ["out", "56 69 3a 31 3b 0a", "Vi:1;\\n"],
      ["in", "00 ff", undefined],
    ]);
    state.apply([{ DeviceDisconnected: { index: 3 } }, { ClientDisconnected: { reason: "bye" } }]);
    expect(state.devices.size).toBe(0);
    expect(state.session).toBeNull();
  });

  test("helpers: printable bytes and fractions of a range", () => {
    expect(printable("414243")).toBe("ABC");
    expect(printable("4100")).toBeUndefined();
    expect(fraction(5, [0, 20])).toBe(0.25);
    expect(fraction(0, [-20, 20])).toBe(0.5);
    expect(fraction(30, [0, 20])).toBe(1);
  });

  test("the example frames in docs/event-stream.md are valid", () => {
    const doc = readFileSync(join(__dirname, "..", "..", "docs", "event-stream.md"), "utf8");
    const examples = [...doc.matchAll(/`(\[\{"[A-Za-z]+":.*?\}\])`/g)].map((m) => JSON.parse(m[1]!) as unknown);
    expect(examples.length).toBe(2);
    expect(frontend.validators.EventFrame(examples[0])).toBe(true);
    expect(frontend.validators.CommandFrame(examples[1])).toBe(true);
  });
});
