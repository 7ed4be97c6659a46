/** What the server benchmarks share: the bpkit server they measure. */
import { silentLogger } from "../../runtime/log";
import { ButtplugServer, TestDevice, TestDeviceSource, vibratorFeatures } from "../../runtime/server";

/** A silent bpkit server offering `devices` (by default one test vibrator). */
export function benchServer(devices: TestDevice[] = [benchVibrator()]): ButtplugServer {
  return new ButtplugServer({ name: "bpkit bench", deviceSources: [new TestDeviceSource(devices)], log: silentLogger });
}

/** The test vibrator the benchmarks command (`identifier` tells several apart). */
export function benchVibrator(identifier?: string): TestDevice {
  return new TestDevice({ name: "Bench Vibrator", identifier, features: vibratorFeatures() });
}
