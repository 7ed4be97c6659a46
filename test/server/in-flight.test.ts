/**
 * A bound on one client's requests in flight: while a slow device holds its commands, a client
 * that keeps pipelining gets a spec-valid Error for the excess instead of an unbounded queue; a
 * stop is always taken, Ping still answered, and once the device catches up commands go through.
 */
import { ErrorCode } from "../../runtime/errors";
import {
  DEFAULT_MAX_COMMANDS_IN_FLIGHT,
  DEFAULT_MAX_MESSAGES_PER_FRAME,
  TestDevice,
  TestDeviceSource,
  vibratorFeatures,
} from "../../runtime/server";
import { body, inProcess, nameOf, startSession, websocket } from "./helpers";

const vibrate = (id: number, value: number) => ({
  OutputCmd: { Id: id, DeviceIndex: 0, FeatureIndex: 0, Command: { Vibrate: { Value: value } } },
});

describe.each([inProcess, websocket])("commands in flight, over $name", (harness) => {
  it("answers the excess over the bound with ERROR_DEVICE while the device is slow; stops and Ping still pass", async () => {
    const device = new TestDevice({ name: "Slow Vibrator", features: vibratorFeatures() });
    const source = new TestDeviceSource();
    const started = await startSession(harness, { deviceSources: [source], maxCommandsInFlight: 4 });
    source.add(device);
    try {
      const client = started.client;
      expect(nameOf(await client.handshake())).toBe("ServerInfo");
      device.holdOutputs();
      // 4 held by the device, then 2 more: one frame each, as a pipelining client sends them
      for (let id = 2; id <= 7; id++) client.send(vibrate(id, id));
      for (const id of [6, 7]) {
        const reply = body(await client.reply(id));
        expect(reply.ErrorCode).toBe(ErrorCode.Device);
        expect(reply.ErrorMessage).toMatch(
          /OutputCmd refused: 4 earlier requests still wait for the device \(at most 4 in flight\)/,
        );
      }
      expect(device.outputs).toHaveLength(4);
      expect(await client.request({ Ping: { Id: 8 } })).toEqual({ Ok: { Id: 8 } });
      // a stop is never refused
      const stopped = client.request({ StopCmd: { Id: 9, DeviceIndex: 0 } });
      expect(await stopped).toEqual({ Ok: { Id: 9 } });
      expect(device.stops).toHaveLength(1);
      // the device catches up: the held commands are answered, and new ones go through
      device.holdOutputs(false);
      for (const id of [2, 3, 4, 5]) expect(await client.reply(id)).toEqual({ Ok: { Id: id } });
      expect(await client.request(vibrate(10, 1))).toEqual({ Ok: { Id: 10 } });
    } finally {
      await started.close();
    }
  });
});

test("the default bound takes a whole frame of commands at once", () => {
  expect(DEFAULT_MAX_COMMANDS_IN_FLIGHT).toBeGreaterThan(DEFAULT_MAX_MESSAGES_PER_FRAME);
});
