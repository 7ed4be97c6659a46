/** The session's TranslationContext: requests recorded per version while in flight. */
import { SessionTranslationContext } from "../../runtime/translation";

test("records a request at each version and forgets it after its reply", () => {
  const ctx = new SessionTranslationContext(3, false);
  ctx.begin(7);
  ctx.record(7, 3, [{ SensorReadCmd: { Id: 7, DeviceIndex: 0, SensorIndex: 0, SensorType: "Battery" } }]);
  ctx.record(7, 4, [{ InputCmd: { Id: 7 } }, { InputCmd: { Id: 7, FeatureIndex: 1 } }]);
  expect(ctx.requestAt(7, 3)).toEqual({
    SensorReadCmd: { Id: 7, DeviceIndex: 0, SensorIndex: 0, SensorType: "Battery" },
  });
  expect(ctx.requestAt(7, 4)).toEqual({ InputCmd: { Id: 7 } });
  expect(ctx.requestsAt(7, 4)).toHaveLength(2);
  expect(ctx.requestAt(7, 2)).toBeUndefined();
  ctx.forget(7);
  expect(ctx.requestAt(7, 3)).toBeUndefined();
  expect(ctx.inFlight).toBe(0);
});

test("an Id reused while in flight stays known until both replies are sent; events (Id 0) are never recorded", () => {
  const ctx = new SessionTranslationContext(2, true);
  ctx.begin(1);
  ctx.record(1, 2, [{ BatteryLevelCmd: { Id: 1, DeviceIndex: 0 } }]);
  ctx.begin(1);
  ctx.record(1, 2, [{ BatteryLevelCmd: { Id: 1, DeviceIndex: 1 } }]);
  ctx.forget(1);
  expect(ctx.requestAt(1, 2)).toEqual({ BatteryLevelCmd: { Id: 1, DeviceIndex: 1 } });
  ctx.forget(1);
  expect(ctx.requestAt(1, 2)).toBeUndefined();
  ctx.begin(0);
  ctx.record(0, 2, [{ Ok: { Id: 0 } }]);
  expect(ctx.inFlight).toBe(0);
  expect(ctx.allowRawMessages).toBe(true);
  expect(ctx.clientVersion).toBe(2);
});

test("devices start as the ones given at the handshake, by DeviceIndex", () => {
  const info = (index: number) => ({
    DeviceName: `D${index}`,
    DeviceIndex: index,
    DeviceMessageTimingGap: 0,
    DeviceFeatures: {},
  });
  expect([...new SessionTranslationContext(3, false).devices.keys()]).toEqual([]);
  const ctx = new SessionTranslationContext(3, false, [info(4), info(1)]);
  expect([...ctx.devices.keys()].sort()).toEqual([1, 4]);
  expect(ctx.devices.get(4)?.DeviceName).toBe("D4");
});
