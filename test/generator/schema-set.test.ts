import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { buildModel } from "../../generator/model";
import { canonicalSchema, Dereferencer, loadSchemaSet, SchemaError } from "../../generator/schema-set";
import { FIXTURE_SCHEMA } from "./sandbox";

describe("schema loading and comparison", () => {
  it("orders spec versions numerically, then generic folders, and skips defs.json as a message", () => {
    const model = buildModel(loadSchemaSet(FIXTURE_SCHEMA));
    expect(model.versions.map((v) => v.version)).toEqual([0, 1]);
    expect(model.generic.map((g) => g.folder.name)).toEqual(["things"]);
    expect(model.versions[0].messages.map((m) => m.name)).toEqual([
      "DeviceList",
      "Echo",
      "Error",
      "MultiCmd",
      "Ok",
      "OldCmd",
      "Ping",
      "VibrateCmd",
    ]);
    expect(model.generic[0].schemas.map((s) => s.name)).toEqual(["ThingFile"]);
  });

  it("resolves $refs relative to the document and shares one object per target", () => {
    const set = loadSchemaSet(FIXTURE_SCHEMA);
    const d = new Dereferencer(set);
    type SpeedsSchema = { properties: { Speeds: { items: { title: string; properties: { Speed: unknown } } } } };
    const vibrate = d.document(set.byId.get("https://bpkit.dev/schema/v0/VibrateCmd.json")!) as SpeedsSchema;
    const multi = d.document(set.byId.get("https://bpkit.dev/schema/v0/MultiCmd.json")!) as SpeedsSchema;
    expect(vibrate.properties.Speeds.items.title).toBe("SpeedEntry");
    expect(vibrate.properties.Speeds.items).toBe(multi.properties.Speeds.items);
    expect(vibrate.properties.Speeds.items.properties.Speed).toEqual({ type: "number", minimum: 0, maximum: 1 });
  });

  it("compares schemas ignoring $id, x-bpkit, description and title keywords, but not properties with those names", () => {
    const base = {
      $id: "a",
      title: "A",
      description: "x",
      type: "object",
      properties: { Id: { type: "integer" } },
      "x-bpkit": { introduced: 0 },
    };
    expect(canonicalSchema(base)).toBe(
      canonicalSchema({ ...base, $id: "b", title: "B", description: "y", "x-bpkit": { introduced: 1 } }),
    );
    expect(canonicalSchema({ properties: { a: { type: "string" }, b: { type: "integer" } } })).toBe(
      canonicalSchema({ properties: { b: { type: "integer" }, a: { type: "string" } } }),
    );
    expect(canonicalSchema({ ...base, properties: { title: { type: "string" } } })).not.toBe(
      canonicalSchema({ ...base, properties: {} }),
    );
    expect(canonicalSchema({ ...base, properties: { Id: { type: "integer", maximum: 2 } } })).not.toBe(
      canonicalSchema(base),
    );
    expect(canonicalSchema({ enum: [1, 2] })).not.toBe(canonicalSchema({ enum: [2, 1] }));
  });

  it("rejects a $id that does not mirror the file path, naming the file", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bpkit-schema-set-"));
    try {
      fs.mkdirSync(path.join(dir, "v0"));
      fs.writeFileSync(
        path.join(dir, "v0", "Ping.json"),
        JSON.stringify({ $id: "https://bpkit.dev/schema/v1/Ping.json", title: "Ping" }),
      );
      expect(() => loadSchemaSet(dir)).toThrow(SchemaError);
      expect(() => loadSchemaSet(dir)).toThrow(
        /v0\/Ping\.json: \$id is "https:\/\/bpkit\.dev\/schema\/v1\/Ping\.json", expected "https:\/\/bpkit\.dev\/schema\/v0\/Ping\.json"/,
      );
      fs.writeFileSync(path.join(dir, "v0", "Ping.json"), "{ not json");
      expect(() => loadSchemaSet(dir)).toThrow(/v0\/Ping\.json: invalid JSON/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("requires consecutive spec versions and well-formed metadata", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bpkit-schema-set-"));
    try {
      fs.cpSync(FIXTURE_SCHEMA, dir, { recursive: true });
      const ping = path.join(dir, "v0", "Ping.json");
      const doc = JSON.parse(fs.readFileSync(ping, "utf8"));
      doc["x-bpkit"].direction = "sideways";
      fs.writeFileSync(ping, JSON.stringify(doc));
      expect(() => buildModel(loadSchemaSet(dir))).toThrow(
        /v0\/Ping\.json: "x-bpkit"\.direction must be "client", "server" or "both", got "sideways"/,
      );
      doc["x-bpkit"].direction = "client";
      doc["x-bpkit"].replies = ["Ok", "Missing"];
      fs.writeFileSync(ping, JSON.stringify(doc));
      expect(buildModel(loadSchemaSet(dir)).warnings).toEqual([
        "v0/Ping.json: replies names 'Missing', which is not a message of spec v0",
      ]);
      doc["x-bpkit"].replies = ["Ok", "Ping"];
      fs.writeFileSync(ping, JSON.stringify(doc));
      expect(buildModel(loadSchemaSet(dir)).warnings).toEqual([
        `v0/Ping.json: replies names 'Ping', which is a client message (a message the server echoes back has "x-bpkit".direction "both")`,
      ]);
      doc["x-bpkit"].replies = ["Ok", "Error"];
      fs.writeFileSync(ping, JSON.stringify(doc));
      // introduced/changed are checked against what the schemas actually do.
      const list = path.join(dir, "v1", "DeviceList.json");
      fs.writeFileSync(list, fs.readFileSync(list, "utf8").replace('"changed": [1]', '"changed": []'));
      const vibrate = path.join(dir, "v1", "VibrateCmd.json");
      fs.writeFileSync(vibrate, fs.readFileSync(vibrate, "utf8").replace('"changed": []', '"changed": [1]'));
      const read = path.join(dir, "v1", "ReadCmd.json");
      fs.writeFileSync(read, fs.readFileSync(read, "utf8").replace('"introduced": 1', '"introduced": 0'));
      expect(buildModel(loadSchemaSet(dir)).warnings).toEqual([
        'v1/DeviceList.json: differs from v0 but "x-bpkit".changed does not list 1',
        'v1/ReadCmd.json: first appears in v1 but "x-bpkit".introduced is 0',
        'v1/VibrateCmd.json: "x-bpkit".changed lists 1 but the schema equals v0\'s',
      ]);
      fs.renameSync(path.join(dir, "v1"), path.join(dir, "v2"));
      for (const f of fs.readdirSync(path.join(dir, "v2"))) {
        const file = path.join(dir, "v2", f);
        fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace("/schema/v1/", "/schema/v2/"));
      }
      expect(() => buildModel(loadSchemaSet(dir))).toThrow(/spec versions must be consecutive from v0; found v0, v2/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
