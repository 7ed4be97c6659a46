/**
 * validateMessage and allowedReplies type `name` as the given version's message names: a literal
 * that names no message of that version is a compile error (the `@ts-expect-error` lines below
 * fail `npm run typecheck`, part of `npm test`, if it compiles), while a name only known at run
 * time is accepted and checked at run time.
 */
import { allowedReplies, type SpecVersion, validateMessage } from "../../generated";

describe("message name typing of validateMessage and allowedReplies", () => {
  test("a literal name of the version compiles and validates", () => {
    expect(validateMessage(4, "Ping", { Id: 1 })).toEqual({ ok: true });
    expect(validateMessage(0, "Test", { Id: 1, TestString: "hello" })).toEqual({ ok: true });
    expect(allowedReplies(4, "RequestDeviceList", { Id: 1 })).toEqual(["DeviceList", "Error"]);
  });

  test("a literal name of another version, or of none, is a compile error (and an issue at run time)", () => {
    // @ts-expect-error VibrateCmd is a message of spec v1–v3, not of v4
    const wrongVersion = validateMessage(4, "VibrateCmd", { Id: 1, DeviceIndex: 0, Speeds: [] });
    expect(wrongVersion).toEqual({
      ok: false,
      issues: [
        {
          pointer: "",
          keyword: "message",
          messageName: "VibrateCmd",
          message: "unknown message 'VibrateCmd' in spec v4",
        },
      ],
    });
    // @ts-expect-error a misspelt name (Ping) is no message of any version
    expect(validateMessage(3, "Pnig", { Id: 1 }).ok).toBe(false);
    // @ts-expect-error OutputCmd is new in spec v4; a v2 client cannot send it
    expect(allowedReplies(2, "OutputCmd", { Id: 1 })).toBeUndefined();
  });

  test("with a version only known at run time, a name of any version compiles", () => {
    const version = 4 as SpecVersion;
    expect(validateMessage(version, "Ping", { Id: 1 })).toEqual({ ok: true });
    // @ts-expect-error no spec version has a message of this name
    expect(validateMessage(version, "NoSuchMessage", {}).ok).toBe(false);
  });

  test("a name read at run time (type string) compiles and is checked at run time", () => {
    const fromWire: string = JSON.parse('"VibrateCmd"');
    expect(validateMessage(4, fromWire, {})).toMatchObject({ ok: false, issues: [{ keyword: "message" }] });
    expect(validateMessage(3, fromWire, { Id: 1, DeviceIndex: 0, Speeds: [{ Index: 0, Speed: 0.5 }] })).toEqual({
      ok: true,
    });
  });
});
