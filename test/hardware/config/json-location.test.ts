import {
  findSyntaxError,
  locateNearest,
  locatePointer,
  toPointer,
} from "../../../runtime/hardware/config/json-location";

const text = `{
  "a": [1, {"b/c": "x", "d~e": [true, null]}],
  "f": {
    "g": -1.5e3
  }
}`;

describe("json-location", () => {
  test("locatePointer finds values, with ~0 and ~1 escapes", () => {
    expect(locatePointer(text, "")).toEqual({ line: 1, column: 1 });
    expect(locatePointer(text, "/a/1/b~1c")).toEqual({ line: 2, column: 20 });
    expect(locatePointer(text, "/a/1/d~0e/1")).toEqual({ line: 2, column: 39 });
    expect(locatePointer(text, "/f/g")).toEqual({ line: 4, column: 10 });
    expect(locatePointer(text, "/f/missing")).toBeUndefined();
  });

  test("locateNearest falls back to the nearest existing parent", () => {
    expect(locateNearest(text, "/f/missing/deeper")).toEqual({ line: 3, column: 8 });
  });

  test("toPointer escapes tokens", () => {
    expect(toPointer(["a/b", "c~d", 0])).toBe("/a~1b/c~0d/0");
  });

  test("findSyntaxError reports line and column, or nothing for valid JSON", () => {
    expect(findSyntaxError(text)).toBeUndefined();
    expect(findSyntaxError('{\n  "a": 1,\n  "b" 2\n}')).toMatchObject({ line: 3, column: 7 });
    expect(findSyntaxError("[1, 2")).toMatchObject({ line: 1, column: 6 });
    expect(findSyntaxError("{} x")).toMatchObject({ line: 1, column: 4 });
  });
});
