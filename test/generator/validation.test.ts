/**
 * The generated registry and validators, on the fixture schemas (generated into a sandbox, then
 * loaded like any module: the validators are precompiled, nothing is compiled here).
 */
import * as path from "node:path";
import { makeSandbox, type Sandbox } from "./sandbox";

type Repo = typeof import("../../generated");
/** The sandbox is generated from the fixture schemas, whose message names are not the repo's: names are strings here. */
type Generated = Omit<Repo, "validateMessage" | "allowedReplies"> & {
  validateMessage(
    version: number,
    name: string,
    body: unknown,
    pointerPrefix?: string,
  ): ReturnType<Repo["validateMessage"]>;
  allowedReplies(version: number, name: string, body: unknown): ReturnType<Repo["allowedReplies"]>;
};

describe("generated registry and validation", () => {
  let box: Sandbox;
  let g: Generated;
  beforeAll(() => {
    box = makeSandbox();
    expect(box.generate("--quiet").status).toBe(0);
    g = require(path.join(box.out, "index.ts")) as Generated;
  });
  afterAll(() => box.remove());

  it("lists every message of every version with its x-bpkit metadata and validator", () => {
    const reg = g.registry as unknown as Record<number, Record<string, Record<string, unknown>>>;
    expect(Object.keys(reg)).toEqual(["0", "1"]);
    expect(Object.keys(reg[0])).toEqual([
      "DeviceList",
      "Echo",
      "Error",
      "MultiCmd",
      "Ok",
      "OldCmd",
      "Ping",
      "VibrateCmd",
    ]);
    const read = reg[1].ReadCmd;
    expect({ ...read, validate: typeof read.validate }).toEqual({
      name: "ReadCmd",
      version: 1,
      direction: "client",
      id: "request",
      replies: ["Ok", "Error"],
      repliesWhen: [{ pointer: "/Command/Read", equals: "Battery", replies: ["DeviceList", "Error"] }],
      introduced: 1,
      changed: [],
      deprecated: null,
      validate: "function",
    });
    expect(reg[1].DeviceList.changed).toEqual([1]);
    expect(g.SPEC_VERSIONS).toEqual([0, 1]);
    expect(g.LATEST_SPEC_VERSION).toBe(1);
    expect(g.lookupMessage(0, "ReadCmd")).toBeUndefined();
    expect(g.lookupMessage(0, "toString")).toBeUndefined();
    expect(g.lookupMessage(9, "Ping")).toBeUndefined();
  });

  it("accepts a valid body and reports an invalid one with pointer, reason and keyword", () => {
    const body = { Id: 1, DeviceIndex: 0, Speeds: [{ Index: 0, Speed: 0.5 }] };
    expect(g.validateMessage(0, "VibrateCmd", body)).toEqual({ ok: true });
    expect(g.validateMessage(0, "VibrateCmd", { ...body, Speeds: [{ Index: 0, Speed: 1.5 }], Foo: true })).toEqual({
      ok: false,
      issues: [
        {
          pointer: "/Foo", // the unknown property itself, so a file's line is the property's own
          message: "must NOT have additional property 'Foo'",
          keyword: "additionalProperties",
          messageName: "VibrateCmd",
        },
        { pointer: "/Speeds/0/Speed", message: "must be <= 1", keyword: "maximum", messageName: "VibrateCmd" },
      ],
    });
    expect(g.validateMessage(0, "Ping", { Id: 0 })).toEqual({
      ok: false,
      issues: [{ pointer: "/Id", message: "must be >= 1", keyword: "minimum", messageName: "Ping" }],
    });
    expect(g.validateMessage(0, "Error", { Id: 1, ErrorMessage: "x", ErrorCode: 9 })).toMatchObject({
      ok: false,
      issues: [{ pointer: "/ErrorCode", message: "must be one of 0, 1, 2, 3, 4", keyword: "enum" }],
    });
    expect(g.validateMessage(1, "NewEvent", { Id: 3 })).toMatchObject({
      ok: false,
      issues: [{ pointer: "/Id", message: "must be 0", keyword: "const" }],
    });
    expect(g.validateMessage(0, "Nope", {})).toEqual({
      ok: false,
      issues: [{ pointer: "", message: "unknown message 'Nope' in spec v0", keyword: "message", messageName: "Nope" }],
    });
  });

  it("points INTO THE FRAME and names the message of each issue", () => {
    const frame = [
      { Ping: { Id: 1 } },
      {
        VibrateCmd: {
          Id: 2,
          DeviceIndex: 0,
          Speeds: [
            { Index: 0, Speed: 0.1 },
            { Index: 1, Speed: -1 },
          ],
        },
      },
    ];
    expect(g.validateFrame(0, frame)).toEqual({
      ok: false,
      issues: [
        {
          pointer: "/1/VibrateCmd/Speeds/1/Speed",
          message: "must be >= 0",
          keyword: "minimum",
          messageName: "VibrateCmd",
        },
      ],
    });
    expect(g.validateFrame(0, [{ Ping: { Id: 1 } }, { Ok: { Id: 1 } }])).toEqual({ ok: true });
  });

  it("explains malformed frames", () => {
    const reasons = (frame: unknown) => {
      const r = g.validateFrame(1, frame);
      return r.ok ? [] : r.issues.map((i) => `${i.pointer} ${i.message}`);
    };
    expect(reasons({ Ping: { Id: 1 } })).toEqual([
      ' frame must be a JSON array of messages ([{"Name": {…}}, …]), got an object',
    ]);
    expect(reasons('[{"Ping":{"Id":1}}]')).toEqual([
      expect.stringMatching(/^ frame must be a JSON array .*got a string/),
    ]);
    expect(reasons([])).toEqual([" frame must contain at least one message"]);
    expect(reasons([null, [], 5, {}, { Ping: { Id: 1 }, Ok: { Id: 1 } }, { Foo: {} }])).toEqual([
      "/0 must be an object with exactly one key (the message name), got null",
      "/1 must be an object with exactly one key (the message name), got an array",
      "/2 must be an object with exactly one key (the message name), got number 5",
      "/3 must have exactly one key (the message name), got 0",
      "/4 must have exactly one key (the message name), got 2 ('Ping', 'Ok')",
      "/5 unknown message 'Foo' in spec v1",
    ]);
    expect(reasons(undefined)).toEqual([' frame must be a JSON array of messages ([{"Name": {…}}, …]), got undefined']);
    // A message of v1 only is unknown in v0.
    const v0 = g.validateFrame(0, [{ ReadCmd: { Id: 1, Command: { Read: "Battery" } } }]);
    expect(v0).toEqual({
      ok: false,
      issues: [
        { pointer: "/0", message: "unknown message 'ReadCmd' in spec v0", keyword: "message", messageName: "ReadCmd" },
      ],
    });
    expect(g.validateFrame(7 as never, [])).toMatchObject({
      ok: false,
      issues: [{ keyword: "version", message: "unknown spec version 7 (known: 0, 1)" }],
    });
  });

  it("checks the direction when asked", () => {
    expect(g.validateFrame(0, [{ Ok: { Id: 1 } }], { direction: "client" })).toEqual({
      ok: false,
      issues: [
        {
          pointer: "/0",
          message: "'Ok' is a server message; it cannot be sent by the client",
          keyword: "direction",
          messageName: "Ok",
        },
      ],
    });
    expect(g.validateFrame(0, [{ Ping: { Id: 1 } }], { direction: "client" })).toEqual({ ok: true });
    expect(g.validateFrame(0, [{ Ping: { Id: 1 } }], { direction: "server" })).toMatchObject({
      ok: false,
      issues: [{ keyword: "direction" }],
    });
    // A client message that names itself as a reply is echoed by the server.
    expect(g.validateFrame(0, [{ Echo: { Id: 1, Text: "hi" } }], { direction: "server" })).toEqual({ ok: true });
    expect(g.validateFrame(0, [{ Echo: { Id: 1, Text: "hi" } }], { direction: "client" })).toEqual({ ok: true });
  });

  it("blames the alternative that got furthest in a oneOf, or says what the alternatives need", () => {
    expect(g.validateMessage(1, "ReadCmd", { Id: 1, Command: { Vibrate: { Value: 50 } } })).toEqual({
      ok: false,
      issues: [
        { pointer: "/Command/Vibrate/Value", message: "must be <= 20", keyword: "maximum", messageName: "ReadCmd" },
      ],
    });
    expect(g.validateMessage(1, "ReadCmd", { Id: 1, Command: { Spin: 1 } })).toEqual({
      ok: false,
      issues: [
        {
          pointer: "/Command",
          message: "must match exactly one alternative: an object with one of the properties 'Vibrate', 'Read'",
          keyword: "oneOf",
          messageName: "ReadCmd",
        },
      ],
    });
  });

  it("evaluates replies and repliesWhen (first match wins)", () => {
    expect(g.allowedReplies(1, "ReadCmd", { Id: 1, Command: { Read: "Battery" } })).toEqual(["DeviceList", "Error"]);
    expect(g.allowedReplies(1, "ReadCmd", { Id: 1, Command: { Read: "Rssi" } })).toEqual(["Ok", "Error"]);
    expect(g.allowedReplies(1, "Ping", { Id: 1 })).toEqual(["Ok", "Error"]);
    expect(g.allowedReplies(1, "Ok", { Id: 1 })).toEqual([]);
    expect(g.allowedReplies(1, "Nope", {})).toBeUndefined();
  });

  it("exposes per-version validators and generic-folder validators", () => {
    const v0 = g.v0 as unknown as { validators: Record<string, (d: unknown) => boolean> };
    expect(Object.keys(v0.validators).sort()).toEqual([
      "DeviceList",
      "Echo",
      "Error",
      "MultiCmd",
      "Ok",
      "OldCmd",
      "Ping",
      "VibrateCmd",
    ]);
    const things = (
      g as unknown as {
        things: { validators: Record<string, ((d: unknown) => boolean) & { errors?: { instancePath: string }[] }> };
      }
    ).things;
    expect(things.validators.ThingFile({ version: 1, ranges: { "0": [1, 2] } })).toBe(true);
    expect(things.validators.ThingFile({ version: 1, ranges: { x: [1, 2] } })).toBe(false);
    expect(things.validators.ThingFile({ version: 1, ranges: { "0": [1, 2, 3] } })).toBe(false);
    expect(things.validators.ThingFile.errors?.[0].instancePath).toBe("/ranges/0");
  });
});
