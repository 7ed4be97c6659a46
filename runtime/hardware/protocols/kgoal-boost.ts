/**
 * KGoal Boost: a pelvic-floor trainer with no outputs. Its pressure characteristic (rxpressure)
 * notifies 00 01 04 <normalized BE16> <raw BE16>; FeatureIndex 0 is the normalized reading,
 * 1 the raw one. Each is reported only when it changed since the previous notification.
 * The BLE characteristic is subscribed while at least one of the two is, as the reference does.
 * Battery: the standard BLE battery level.
 */
import type { inside } from "../../../generated";
import { deviceError } from "../../errors";
import { defineProtocol, type HardwareCommand, type Notification, type ProtocolMethods } from "../protocol";
import { bleBatteryInput } from "./helpers";

const NAME = "kgoal-boost";
const PRESSURE_ENDPOINT = "rxpressure";
/** FeatureIndex of the normalized and the raw pressure readings. */
const NORMALIZED = 0;
const RAW = 1;

/** Inputs only: no output methods, so every OutputCmd is unsupported. */
class KGoalBoost implements ProtocolMethods {
  private readonly subscribed = new Set<number>();
  /** Last values seen (normalized, raw): unchanged values are not reported again. */
  private cached = [0, 0];

  readInput = bleBatteryInput(NAME);

  subscribeInput(featureIndex: number, type: inside.InputType): HardwareCommand[] {
    this.checkPressure(featureIndex, type);
    if (this.subscribed.has(featureIndex)) return [];
    const first = this.subscribed.size === 0;
    this.subscribed.add(featureIndex);
    return first ? [{ kind: "subscribe", endpoint: PRESSURE_ENDPOINT }] : [];
  }

  unsubscribeInput(featureIndex: number, type: inside.InputType): HardwareCommand[] {
    this.checkPressure(featureIndex, type);
    if (!this.subscribed.delete(featureIndex)) return [];
    return this.subscribed.size === 0 ? [{ kind: "unsubscribe", endpoint: PRESSURE_ENDPOINT }] : [];
  }

  parseNotification(notification: Notification): { featureIndex: number; reading: inside.InputReadingValue }[] {
    const data = notification.data;
    if (notification.endpoint !== PRESSURE_ENDPOINT || data.length < 7) return [];
    const values = [(data[3] << 8) | data[4], (data[5] << 8) | data[6]];
    const readings = [NORMALIZED, RAW]
      .filter((index) => this.subscribed.has(index) && this.cached[index] !== values[index])
      .map((index) => ({ featureIndex: index, reading: { Pressure: { Value: values[index] } } }));
    this.cached = values;
    return readings;
  }

  private checkPressure(featureIndex: number, type: inside.InputType): void {
    if (type !== "Pressure" || (featureIndex !== NORMALIZED && featureIndex !== RAW)) {
      throw deviceError(`${NAME}: InputCmd Subscribe ${type} is not supported on FeatureIndex ${featureIndex}`);
    }
  }
}

/** The KGoal Boost protocol. */
export const kgoalBoost = defineProtocol({
  name: NAME,
  create: () => new KGoalBoost(),
});
