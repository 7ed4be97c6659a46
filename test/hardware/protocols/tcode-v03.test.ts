import { tcodeV03 } from "../../../runtime/hardware/protocols/tcode-v03";
import { cmd, connect, definitionFor, definitionWith, expectSteps, plain, stopCommands, w } from "./byte-protocol-kit";

describe("tcode-v03", () => {
  test("the default device is one linear axis with Position and HwPositionWithDuration over [0,1000]", () => {
    expect(definitionFor("tcode-v03").features[0].Output).toEqual({
      HwPositionWithDuration: { Value: [0, 1000], Duration: [0, 100000] },
      Position: { Value: [0, 1000] },
    });
  });

  test("HwPositionWithDuration is L<feature><position, 2+ digits>I<ms>", async () => {
    const { handler } = await connect(tcodeV03, definitionFor("tcode-v03"));
    expectSteps(handler, [
      ["position 0 over 0 ms", 0, cmd.hwPosition(0, 0), [w("tx", "L000I0\n")]],
      ["one digit pads to two", 0, cmd.hwPosition(5, 100), [w("tx", "L005I100\n")]],
      ["mid over 200 ms", 0, cmd.hwPosition(500, 200), [w("tx", "L0500I200\n")]],
      ["max over 100000 ms", 0, cmd.hwPosition(1000, 100000), [w("tx", "L01000I100000\n")]],
    ]);
  });

  test("Position moves the linear and twist axes 0 at once, 3+ digits", async () => {
    const { handler } = await connect(tcodeV03, definitionFor("tcode-v03"));
    expectSteps(handler, [
      ["0", 0, cmd.position(0), [w("tx", "L0000\nR0000\n")]],
      ["51", 0, cmd.position(51), [w("tx", "L0051\nR0051\n")]],
      ["max", 0, cmd.position(1000), [w("tx", "L01000\nR01000\n")]],
    ]);
  });

  test("linear + vibrate user configuration: the reference test case's bytes, and Stop only stops the vibrator", async () => {
    // The reference's tcode_linear_and_vibrate user config: linear [0,100] at 0, vibrator [0,99] at 1.
    const definition = definitionWith("tcode-v03", [
      { index: 0, output: { hw_position_with_duration: { value: [0, 100], duration: [0, 100000] } } },
      { index: 1, output: { vibrate: { value: [0, 99] } } },
    ]);
    const { handler } = await connect(tcodeV03, definition);
    expectSteps(handler, [
      ["linear 51 over 200 ms", 0, cmd.hwPosition(51, 200), [w("tx", [76, 48, 53, 49, 73, 50, 48, 48, 10])]],
      ["vibrate max", 1, cmd.vibrate(99), [w("tx", [86, 49, 57, 57, 10])]],
      ["vibrate 5 pads to two digits", 1, cmd.vibrate(5), [w("tx", "V105\n")]],
    ]);
    expect(plain(stopCommands(handler, definition))).toEqual(plain([w("tx", [86, 49, 48, 48, 10])]));
  });

  test("rotation is not a TCode v0.3 output here", async () => {
    const { handler } = await connect(tcodeV03, definitionFor("tcode-v03"));
    expect(() => handler.output(0, cmd.rotate(1))).toThrow(/tcode-v03.*Rotate/);
  });
});
