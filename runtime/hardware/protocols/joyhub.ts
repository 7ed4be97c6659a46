/**
 * JoyHub. Motors (vibrators, rotators, oscillators at FeatureIndex 0…3) share one frame on `tx`,
 * `a0 03 m0 m1 m2 m3 aa`, so the handler keeps every motor's last level and resends all four.
 * Other outputs have frames of their own:
 * - pump (Constrict): FeatureIndex 4 `a0 07 on 00 level ff`, any other index `a0 0d 00 00 level ff`;
 * - heater (Temperature): `a0 04 01 00 01 ff` on, `a0 04 00 00 00 00` off;
 * - light (Led): `a0 14 01 00 01 ff` on, `a0 14 00 00 00 00` off;
 * - lube pump (Spray): `a0 24 01 00 01 ff` on, `a0 24 00 00 00 00` off. The pump keeps running until
 *   told otherwise, so, as the reference server does, a spray is followed by an off frame 1 s later
 *   (sent through the link handed to initialize()).
 */
import { backgroundTimer } from "../../timers";
import { defineProtocol, type HardwareLink, type OutputKind, write } from "../protocol";
import { hasOutput, sharedPacket, u8 } from "./helpers";

/** How long the lube pump runs after a Spray before the handler turns it off (ms). */
export const JOYHUB_SPRAY_MS = 1000;

/** Outputs that drive one of the four motor slots. */
const MOTOR_OUTPUTS: readonly OutputKind[] = ["Vibrate", "Oscillate", "Rotate"];

const SPRAY_OFF = [0xa0, 0x24, 0x00, 0x00, 0x00, 0x00];

/** JoyHub: four motor levels in one frame, separate frames for pump, heater, light and lube. */
export const joyhub = defineProtocol({
  name: "joyhub",
  create: (definition, outputs) => {
    /** Which of the four motor slots (FeatureIndex 0–3) are motors; a slot that is not one sends 0. */
    const isMotor = [0, 1, 2, 3].map((slot) => {
      const feature = definition.features.find((f) => f.FeatureIndex === slot);
      return MOTOR_OUTPUTS.some((type) => hasOutput(feature, type));
    });
    let link: HardwareLink | undefined;
    // Each motor's last level, rotation without its sign.
    const motorFrame = (type: OutputKind) =>
      sharedPacket(
        "joyhub",
        outputs,
        4,
        (levels) => [
          write("tx", [0xa0, 0x03, ...levels.map((l, slot) => (isMotor[slot] ? u8(Math.abs(l)) : 0)), 0xaa]),
        ],
        type,
      );
    const onOff = (code: number, on: boolean) =>
      write("tx", on ? [0xa0, code, 0x01, 0x00, 0x01, 0xff] : [0xa0, code, 0x00, 0x00, 0x00, 0x00]);
    return {
      initialize: async (l) => {
        link = l;
      },
      vibrate: motorFrame("Vibrate"),
      oscillate: motorFrame("Oscillate"),
      rotate: motorFrame("Rotate"),
      constrict: (index, level) => [
        write(
          "tx",
          index === 4
            ? [0xa0, 0x07, level === 0 ? 0x00 : 0x01, 0x00, u8(level), 0xff]
            : [0xa0, 0x0d, 0x00, 0x00, u8(level), 0xff],
        ),
      ],
      temperature: (_index, level) => [onOff(0x04, level !== 0)],
      led: (_index, level) => [onOff(0x14, level !== 0)],
      spray: (_index, level) => {
        const l = link;
        if (l) {
          // Unref'd: a pending pump-off alone keeps no process open (a stop or shutdown turns the pump off anyway).
          backgroundTimer(JOYHUB_SPRAY_MS, () => {
            // The device may be gone by now; nothing more to do then.
            l.execute(write("tx", SPRAY_OFF)).catch(() => undefined);
          });
        }
        return [onOff(0x24, level !== 0)];
      },
    };
  },
});
