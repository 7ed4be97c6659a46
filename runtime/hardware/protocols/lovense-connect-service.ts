/**
 * Lovense Connect (the Lovense Connect app's local HTTP API), in the reference server's forms:
 * each command is the path and query of a GET on the app's host, written to `tx` as text:
 * - Vibrate: `Vibrate<FeatureIndex + 1>?v=<level>&t=<toy id>`;
 * - Oscillate: `Thrusting?v=<level>&t=<id>` on toys with a vibrator too (Gravity), else it is the
 *   vibrator (`Vibrate1…`, the Sex Machine), and the Solace (`Depth?v=3&t=<id>` at init) thrusts;
 * - Rotate: `/Rotate?v=<speed>&t=<id>`, then `RotateChange?` when the direction flips;
 * - Battery: the level the app last reported for the toy, read from `rx` (one byte).
 * The toy id is the device's address (the comm manager's link address).
 */
import { write, type HardwareCommand, defineProtocol } from "../protocol";
import { ascii, batteryReading, countOutputsOfType, unsupportedInput } from "./helpers";

const NAME = "lovense-connect-service";
const get = (path: string): HardwareCommand => write("tx", ascii(path));

/** Lovense Connect commands as GET paths. */
export const lovenseConnectService = defineProtocol({
  name: NAME,
  create: (definition) => {
    let address = "";
    let vibrators = countOutputsOfType(definition, "Vibrate");
    let thrusters = countOutputsOfType(definition, "Oscillate");
    // A toy that only oscillates (the Sex Machine) takes the vibrate command for it, as the
    // reference's comment says; its code then sends that Oscillate as `AirAuto?v=` (the Max's air
    // pump), which bpkit deliberately does not follow (pinned in lovense-connect.test.ts).
    if (vibrators === 0 && thrusters !== 0) [vibrators, thrusters] = [thrusters, 0];
    let clockwise = false;
    return {
      async initialize(link) {
        address = link.address;
        if (link.name === "Solace") {
          // The reference hard-codes the Solace's depth until depth can be controlled.
          await link.execute(get(`Depth?v=3&t=${address}`));
          vibrators = 0;
          thrusters = 1;
        }
      },
      vibrate: (index, level) => [get(`Vibrate${index + 1}?v=${level}&t=${address}`)],
      oscillate: (index, level) => [
        thrusters !== 0 ? get(`Thrusting?v=${level}&t=${address}`) : get(`Vibrate${index + 1}?v=${level}&t=${address}`),
      ],
      rotate: (_index, speed) => {
        const commands = [get(`/Rotate?v=${speed}&t=${address}`)];
        if (clockwise !== speed > 0) {
          clockwise = speed > 0;
          commands.push(get("RotateChange?"));
        }
        return commands;
      },
      // The reference sends nothing for the Max's constrictor over Lovense Connect.
      constrict: () => [],
      async readInput(link, featureIndex, type) {
        if (type !== "Battery") throw unsupportedInput(NAME, featureIndex, type);
        const data = await link.execute({ kind: "read", endpoint: "rx", length: 1, timeoutMs: 1000 });
        return batteryReading(data[0] ?? 0);
      },
    };
  },
});
