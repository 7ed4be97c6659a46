import { deviceError } from "../../errors";
import { type DefinedFeature, defineProtocol, type OutputKind, write } from "../protocol";
import { hasOutput, u8 } from "./helpers";

/** Device type byte when the model read does not give one. */
const DEFAULT_DEVICE_TYPE = 0x65;

/**
 * Frame `55 aa f0 02 00 len type f1 body 00 00`: start code, version 2, package 0, length of
 * (type, function, body, 2-byte check — sent as 00 00), device type, function f1 (set outputs).
 */
function frame(deviceType: number, body: number[]): number[] {
  return [0x55, 0xaa, 0xf0, 0x02, 0x00, u8(0x04 + body.length), deviceType, 0xf1, ...body, 0x00, 0x00];
}

/**
 * Sensee v2 (Capsule, Astronaut, Easylive, Qingnan…). At connect, 128 bytes are read from `tx`;
 * byte 6 is the device type (65 when absent or 0). Every command sends the whole state on `tx`:
 * the number of output groups, then per group present — vibrators 0, thrusters (Oscillate) 1,
 * suction (Constrict) 2 — `group count (n level)…` with n counting from 1 in FeatureIndex order.
 */
export const senseeV2 = defineProtocol({
  name: "sensee-v2",
  create: (definition) => {
    let deviceType = DEFAULT_DEVICE_TYPE;
    const group = (type: OutputKind) =>
      new Map(definition.features.filter((f: DefinedFeature) => hasOutput(f, type)).map((f) => [f.FeatureIndex, 0]));
    const groups = [group("Vibrate"), group("Oscillate"), group("Constrict")];
    const setLevel = (groupIndex: number) => (featureIndex: number, level: number) => {
      if (!groups[groupIndex].has(featureIndex))
        throw deviceError(`sensee-v2: FeatureIndex ${featureIndex} has no such output`);
      groups[groupIndex].set(featureIndex, u8(level));
      const body = [groups.filter((g) => g.size > 0).length];
      groups.forEach((g, id) => {
        if (g.size === 0) return;
        body.push(id, g.size);
        for (const [n, v] of [...g.values()].entries()) body.push(n + 1, v);
      });
      return [write("tx", frame(deviceType, body), false, ["all"])];
    };
    return {
      initialize: async (link) => {
        const model = await link.execute({ kind: "read", endpoint: "tx", length: 128, timeoutMs: 500 });
        if (model.length > 6 && model[6] !== 0) deviceType = model[6];
      },
      vibrate: setLevel(0),
      oscillate: setLevel(1),
      constrict: setLevel(2),
    };
  },
});
