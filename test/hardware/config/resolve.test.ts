import { readFileSync } from "node:fs";
import { OutputTypeValues } from "../../../generated/current";
import { BUILT_IN_DEVICE_CONFIG, loadDeviceConfig } from "../../../runtime/hardware/config";
import { silentLogger } from "../../../runtime/log";

const config = loadDeviceConfig({ log: silentLogger });

describe("the built-in database", () => {
  test("loads and validates, with every protocol of the official file", () => {
    const raw = JSON.parse(readFileSync(BUILT_IN_DEVICE_CONFIG, "utf8")) as {
      version: { major: number; minor: number };
      protocols: object;
    };
    expect(config.version).toEqual(raw.version);
    expect(config.version.major).toBe(4);
    expect(config.protocolNames()).toEqual(Object.keys(raw.protocols).sort());
    expect(config.protocolNames().length).toBeGreaterThanOrEqual(139);
  });
});

describe("resolveDefinition", () => {
  test("a Lovense configuration chosen by identifier: name and v4 features", () => {
    const edge = config.resolveDefinition("lovense", "P", "00:11:22:33:44:55")!;
    expect(edge.name).toBe("Lovense Edge");
    expect(edge.identifier).toBe("P");
    expect(edge.displayName).toBeUndefined();
    expect(edge.features.map(({ id: _id, ...f }) => f)).toEqual([
      { FeatureIndex: 0, FeatureDescription: "", Output: { Vibrate: { Value: [0, 20] } } },
      { FeatureIndex: 1, FeatureDescription: "", Output: { Vibrate: { Value: [0, 20] } } },
      {
        FeatureIndex: 2,
        FeatureDescription: "battery Level",
        Input: { Battery: { Value: [[0, 100]], Command: ["Read"] } },
      },
    ]);
    expect(edge.features[0].id).toBe("cb286b22-998b-4420-82f3-84e8d39db6b5");
  });

  test("a signed rotate range stays signed (Lovense Nora)", () => {
    const nora = config.resolveDefinition("lovense", "C", "addr")!;
    expect(nora.name).toBe("Lovense Nora");
    expect(nora.features[1].Output).toEqual({ Rotate: { Value: [-20, 20] } });
  });

  test("a configuration without features inherits the defaults' features (WeVibe Bloom by name)", () => {
    const bloom = config.resolveDefinition("wevibe", "Bloom", "addr")!;
    expect(bloom.name).toBe("WeVibe Bloom");
    expect(bloom.features.map((f) => f.Output)).toEqual([{ Vibrate: { Value: [0, 15] } }]);
  });

  test("a WeVibe advertised name picks its own configuration (Sync: two motors)", () => {
    const sync = config.resolveDefinition("wevibe", "Sync", "addr")!;
    expect(sync.name).toBe("WeVibe Sync");
    expect(sync.features.map((f) => f.Output)).toEqual([
      { Vibrate: { Value: [0, 15] } },
      { Vibrate: { Value: [0, 15] } },
    ]);
  });

  test("an identifier no configuration lists falls back to the protocol defaults", () => {
    const other = config.resolveDefinition("lovense", "no-such-model", "addr")!;
    expect(other.name).toBe("Lovense Device");
    expect(other.identifier).toBeUndefined();
    expect(config.resolveDefinition("lovense", undefined, "addr")!.name).toBe("Lovense Device");
  });

  test("hw_position_with_duration becomes HwPositionWithDuration with Value and Duration; message_gap_ms is the timing gap", () => {
    const handy = config.resolveDefinition("thehandy", undefined, "addr")!;
    expect(handy.features[0].Output).toEqual({ HwPositionWithDuration: { Value: [0, 100], Duration: [0, 100000] } });
    expect(handy.messageTimingGap).toBe(50);
    expect(handy.configuredMessageGap).toBe(50);
  });

  test("configurations carry protocol_variant (Vorze)", () => {
    const cyclone = config.resolveDefinition("vorze-sa", "CycSA", "addr")!;
    expect(cyclone.protocolVariant).toBe("vorze-sa-single-rotator");
    expect(cyclone.features[0].Output).toEqual({ Rotate: { Value: [-99, 99] } });
  });

  test("an unknown protocol resolves to undefined", () => {
    expect(config.resolveDefinition("no-such-protocol", undefined, "addr")).toBeUndefined();
  });

  test("every base definition of the official file resolves with v4 output names only", () => {
    // The schema's output types; the config has no rotate-with-direction key (a signed rotate range).
    const known = new Set<string>(OutputTypeValues.filter((type) => type !== "RotationWithDirection"));
    let count = 0;
    for (const protocol of config.protocolNames()) {
      for (const base of config.baseDefinitions(protocol)) {
        const def = config.resolveDefinition(protocol, base.identifier, "addr")!;
        expect(def.features.length).toBe(base.features.length);
        for (const f of def.features) for (const t of Object.keys(f.Output ?? {})) expect(known).toContain(t);
        count++;
      }
    }
    expect(count).toBeGreaterThan(139);
  });
});
