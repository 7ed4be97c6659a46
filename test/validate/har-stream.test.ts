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
          { comment: 'a "_webSocketMessages": [ { } ] } inside a string \\" [', _webSocketMessages: [{ type: "send", data: '[{"Ping":{"Id":1}}] } ]' }] },
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
});
