import { HarWebSocketExtractor } from "../../runtime/validate/har-stream";
import { asHar, v4Session } from "./sessions";

function extractAll(text: string, chunkSize: number) {
  const x = new HarWebSocketExtractor();
  const found = [];
  for (let i = 0; i < text.length; i += chunkSize) found.push(...x.push(text.slice(i, i + chunkSize)));
  return { found, unfinished: x.unfinished };
}

describe("HarWebSocketExtractor", () => {
  const steps = v4Session();
  const har = asHar(steps);

  it("finds every websocket message of a HAR document, in order, with its line", () => {
    const { found, unfinished } = extractAll(har, har.length);
    expect(unfinished).toBe(false);
    expect(found.map((f) => (f.value as { data: string }).data)).toEqual(steps.map((s) => JSON.stringify(s.frame)));
    const lines = har.split("\n");
    for (const f of found) expect(lines[f.line - 1]!.trim()).toBe("{");
  });

  it.each([1, 2, 7, 64, 4096])("gives the same result when the text arrives in chunks of %i characters", (size) => {
    const whole = extractAll(har, har.length).found;
    expect(extractAll(har, size).found).toEqual(whole);
  });

  it("is not fooled by brackets, quotes and the key name inside strings", () => {
    const tricky = JSON.stringify({
      log: {
        entries: [
          {
            comment: 'a "_webSocketMessages": [ { } ] } inside a string \\" [',
            _webSocketMessages: [{ type: "send", data: '[{"Ping":{"Id":1}}] } ]' }],
          },
        ],
      },
    });
    const { found } = extractAll(tricky, 3);
    expect(found).toHaveLength(1);
    expect((found[0]!.value as { data: string }).data).toBe('[{"Ping":{"Id":1}}] } ]');
  });

  it("reports a truncated document as unfinished", () => {
    expect(extractAll(har.slice(0, har.length / 2), 100).unfinished).toBe(true);
  });

  it("reports malformed _webSocketMessages entries instead of skipping them quietly", () => {
    const doc = JSON.stringify({
      log: {
        entries: [
          { _webSocketMessages: [1, "text", [2], null, { type: "send", data: "[]" }] },
          { _webSocketMessages: { type: "send" } },
          { _webSocketMessages: "none" },
        ],
      },
    });
    for (const size of [1, 5, doc.length]) {
      const { found } = extractAll(doc, size);
      expect(found.map((f) => f.error ?? "ok")).toEqual([
        expect.stringMatching(/element must be an object/),
        expect.stringMatching(/element must be an object/),
        expect.stringMatching(/element must be an object .*got an array/),
        expect.stringMatching(/element must be an object/),
        "ok",
        expect.stringMatching(/_webSocketMessages must be an array of messages, got an object/),
        expect.stringMatching(/_webSocketMessages must be an array of messages/),
      ]);
    }
  });

  it("numbers the websocket connections: one per _webSocketMessages array", () => {
    const doc = JSON.stringify({
      log: {
        entries: [
          { _webSocketMessages: [{ type: "send", data: "a" }] },
          { x: 1 },
          {
            _webSocketMessages: [
              { type: "send", data: "b" },
              { type: "receive", data: "c" },
            ],
          },
        ],
      },
    });
    expect(extractAll(doc, 7).found.map((f) => [f.connection, (f.value as { data: string }).data])).toEqual([
      [1, "a"],
      [2, "b"],
      [2, "c"],
    ]);
  });

  it("drops an element bigger than its bound, and one nested too deep, and goes on", () => {
    const big = { type: "send", data: "x".repeat(1000) };
    const deep = { type: "send", data: "y", pad: JSON.parse("[".repeat(150) + "]".repeat(150)) };
    const doc = JSON.stringify({
      log: { entries: [{ _webSocketMessages: [big, deep, { type: "send", data: "ok" }] }] },
    });
    for (const size of [3, 64, doc.length]) {
      const x = new HarWebSocketExtractor(500);
      const found = [];
      for (let i = 0; i < doc.length; i += size) found.push(...x.push(doc.slice(i, i + size)));
      expect(found.map((f) => f.error ?? (f.value as { data: string }).data)).toEqual([
        expect.stringMatching(/longer than 500 characters/),
        expect.stringMatching(/nested deeper than 100 levels/),
        "ok",
      ]);
      expect(x.unfinished).toBe(false);
    }
  });
});
