import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { implementedProtocols } from "../../../runtime/hardware/protocols";
import {
  readProtocolTableInput,
  readOwnCases,
  readReferenceCases,
  referenceCell,
  renderProtocolTable,
  transportCell,
  WITHOUT_REFERENCE_IMPLEMENTATION,
} from "../../../scripts/dev/protocol-table";

describe("protocol-table", () => {
  test("the reference cases column: cases passed at v4 / v3 / v2 / v1 / v0; every replayed case is counted for a protocol", async () => {
    expect(referenceCell(undefined)).toBe("");
    const counts = await readReferenceCases();
    const total = (v: string) => Object.values(counts).reduce((sum, perVersion) => sum + (perVersion[v] ?? 0), 0);
    const runs = JSON.parse(
      readFileSync(join(__dirname, "../../fixtures/reference-device-cases/runs.json"), "utf8"),
    ) as { versions: Record<string, string[]> };
    for (const v of ["4", "3", "2", "1", "0"]) expect(total(v)).toBe(runs.versions[v]!.length);
    expect(counts["hismith-mini"]).toEqual({ "4": 4, "3": 4, "2": 3, "1": 3, "0": 3 });
  });

  test("the bpkit cases column counts every own device case for the protocol it drives", async () => {
    const own = await readOwnCases();
    const files = readdirSync(join(__dirname, "../../fixtures/device-cases")).filter((f) => f.endsWith(".yaml"));
    expect(Object.values(own).reduce((a, b) => a + b, 0)).toBe(files.length);
    expect(own.wevibe).toBe(3); // 4plus, 4plus-one-message, pivot (not the wevibe-8bit or wevibe-chorus files)
  });

  test("one row per protocol, sorted, implemented when <protocol>.ts exists; other files are named", () => {
    const text = renderProtocolTable({
      version: { major: 4, minor: 3 },
      protocols: { zeta: ["Zeta One"], alpha: ["Alpha A", "Alpha B"] },
      files: ["zeta.ts", "helpers.ts"],
      referenceCases: { zeta: { "4": 2, "3": 2 } },
      ownCases: { zeta: 3 },
    });
    const rows = text.split("\n").filter((l) => /^\| [a-z]/.test(l));
    expect(rows).toEqual([
      "| alpha | no |  |  |  |  | Alpha A, Alpha B |",
      "| zeta | yes |  | 2 / 2 / 0 / 0 / 0 | 3 | `runtime/hardware/protocols/zeta.ts` | Zeta One |",
    ]);
    expect(text).toContain("version 4.3, 2 protocols");
    expect(text).toContain("1 of 2");
    expect(text).toContain("`helpers.ts`");
  });

  test("docs/protocols.md lists every protocol of the built-in configuration", () => {
    const input = readProtocolTableInput();
    const doc = readFileSync(join(__dirname, "../../../docs/protocols.md"), "utf8");
    const listed = doc
      .split("\n")
      .filter((l) => /^\| [a-z0-9]/.test(l))
      .map((l) => l.split("|")[1].trim());
    expect(listed).toEqual(Object.keys(input.protocols).sort());
    expect(listed.length).toBe(139);
  });

  test("the Transport column names each protocol's transports and marks those bpkit has no comm manager for", () => {
    const text = renderProtocolTable({
      version: { major: 4, minor: 3 },
      protocols: { lovense: ["Lush"], "tcode-v03": ["TCode"], pad: ["Gamepad"] },
      files: [],
      transports: { lovense: ["btle", "websocket"], "tcode-v03": ["serial"], pad: ["xinput"] },
    });
    const transport = (name: string) =>
      text
        .split("\n")
        .find((l) => l.startsWith(`| ${name} |`))!
        .split(" | ")[2];
    expect(transport("lovense")).toBe("BLE, device websocket, Lovense dongle (serial, HID)");
    expect(transport("tcode-v03")).toBe("serial");
    expect(transport("pad")).toBe("XInput (Windows only) (not in bpkit)");
  });

  test("the protocols of the built-in configuration no transport of bpkit reaches are the ones listed", () => {
    const input = readProtocolTableInput();
    const unreached = Object.keys(input.protocols).filter(
      (name) =>
        !transportCell(name, input.transports![name]!)
          .split(", ")
          .some((t) => !t.endsWith("(not in bpkit)")),
    );
    // XInput is Windows-only.
    expect(unreached).toEqual(["xinput"]);
  });

  test("every protocol bpkit does not implement is one the reference does not implement either (XInput aside)", () => {
    const input = readProtocolTableInput();
    const missing = Object.keys(input.protocols).filter((name) => !input.files.includes(`${name}.ts`));
    expect(missing.filter((name) => !WITHOUT_REFERENCE_IMPLEMENTATION.has(name))).toEqual(["xinput"]);
    const doc = readFileSync(join(__dirname, "../../../docs/protocols.md"), "utf8");
    expect(doc).toContain("| vorze-cyclone-x | no: the reference has none | HID |");
    expect(doc).toContain("| realtouch | no: the reference has none | HID |");
  });

  test("docs/protocols.md is current (regenerate with `node bin/bpkit.js dev protocol-table`)", async () => {
    const doc = readFileSync(join(__dirname, "../../../docs/protocols.md"), "utf8");
    expect(doc).toBe(
      renderProtocolTable({
        ...readProtocolTableInput(),
        referenceCases: await readReferenceCases(),
        ownCases: await readOwnCases(),
      }),
    );
  });

  test("every protocol file named after a config key is registered, and every registered protocol has its file", () => {
    const input = readProtocolTableInput();
    const files = input.files.map((f) => f.replace(/\.ts$/, "")).filter((name) => name in input.protocols);
    expect([...implementedProtocols()].sort()).toEqual(files.sort());
  });
});
