/**
 * A tiny protocol and config used only by the hardware tests, so comm managers and HardwareDevice
 * are tested without depending on the real protocol files:
 * Vibrate → tx [0xA0, featureIndex, value]; Rotate → tx [0xA1, featureIndex, value];
 * battery read → tx [0xB0] answered by rx [0xB1, level];
 * rx [0xB1, level] also drives a subscribed Battery input on feature 2.
 */
import { Logger, type LogLevel } from "../../runtime/log";
import type { DeviceDefinition, HardwareCommand, Protocol, ProtocolHandler } from "../../runtime/hardware/protocol";
import { write } from "../../runtime/hardware/protocol";
import type { IdentifyingConfig, ProtocolMatch } from "../../runtime/hardware/comm/identify";

export const TEST_PROTOCOL = "bpkit-test";

export function testDefinition(messageTimingGap = 0): DeviceDefinition {
  return {
    protocol: TEST_PROTOCOL,
    name: "Test Vibrator",
    messageTimingGap,
    features: [
      { FeatureIndex: 0, FeatureDescription: "", Output: { Vibrate: { Value: [0, 20] } } },
      { FeatureIndex: 1, FeatureDescription: "", Output: { Rotate: { Value: [0, 20] } } },
      {
        FeatureIndex: 2,
        FeatureDescription: "Battery",
        Input: { Battery: { Value: [[0, 100]], Command: ["Read", "Subscribe"] } },
      },
    ],
  } as unknown as DeviceDefinition;
}

export function testHandler(): ProtocolHandler {
  const handler: ProtocolHandler = {
    async initialize(link) {
      await link.execute({ kind: "subscribe", endpoint: "rx" });
    },
    output(featureIndex, command) {
      const [type, body] = Object.entries(command)[0] as [string, { Value: number }];
      const op = type === "Vibrate" ? 0xa0 : 0xa1;
      return [write("tx", [op, featureIndex, body.Value])];
    },
    async readInput(link) {
      const reply = link.nextNotification("rx", 1000);
      await link.execute(write("tx", [0xb0]));
      const data = await reply;
      return { Battery: { Value: data[1] } } as never;
    },
    subscribeInput: (): HardwareCommand[] => [{ kind: "subscribe", endpoint: "rx" }],
    unsubscribeInput: (): HardwareCommand[] => [{ kind: "unsubscribe", endpoint: "rx" }],
    parseNotification(notification) {
      if (notification.data[0] !== 0xb1) return [];
      return [{ featureIndex: 2, reading: { Battery: { Value: notification.data[1] } } as never }];
    },
  };
  return handler;
}

export const testProtocol: Protocol = { name: TEST_PROTOCOL, create: () => testHandler() };

/** A config that knows one websocket name and one BLE name for the test protocol. */
export function testConfig(websocketName = "TestDevice"): IdentifyingConfig {
  return {
    matchBluetooth: (adv) =>
      adv.name === "TestBle" ? [{ protocol: TEST_PROTOCOL, via: "name" } as ProtocolMatch] : [],
    matchWebsocket: (identifier) =>
      identifier === websocketName ? { protocol: TEST_PROTOCOL, via: "websocket" } : undefined,
    resolveDefinition: (protocol) => (protocol === TEST_PROTOCOL ? testDefinition() : undefined),
    bluetoothServices: () => ({
      "0000fff0-0000-1000-8000-00805f9b34fb": {
        tx: "0000fff1-0000-1000-8000-00805f9b34fb",
        rx: "0000fff2-0000-1000-8000-00805f9b34fb",
      },
    }),
  };
}

/** A logger that records lines, for asserting warnings. */
export function recordingLogger(level: LogLevel = "debug"): {
  log: Logger;
  lines: { level: LogLevel; message: string }[];
} {
  const lines: { level: LogLevel; message: string }[] = [];
  return { log: new Logger(level, "test", (l, _c, message) => lines.push({ level: l, message })), lines };
}
