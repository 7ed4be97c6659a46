/**
 * DeviceIndex allocation (as the reference assigns indices): a device's configured index wins;
 * other devices keep the index they had before, else take the lowest index no device held and no
 * configuration reserves.
 */
import { ButtplugServer, TestDevice, TestDeviceSource, vibratorFeatures } from "../../runtime/server";
import { memoryLogger } from "./helpers";

function device(name: string, index?: number): TestDevice {
  return new TestDevice({ name, identifier: `test/${name}`, features: vibratorFeatures(), index });
}

function indexOf(server: ButtplugServer, name: string): number | undefined {
  for (const [index, d] of server.devices.devices) if (d.name === name && d.connected) return index;
  return undefined;
}

test("a device with a configured index gets it; the others skip reserved indices", async () => {
  const source = new TestDeviceSource();
  source.reserved.add(0).add(2);
  const server = new ButtplugServer({ deviceSources: [source] });
  source.add(device("A"));
  source.add(device("B"));
  source.add(device("Configured", 2));
  source.add(device("C"));
  expect(indexOf(server, "A")).toBe(1);
  expect(indexOf(server, "B")).toBe(3);
  expect(indexOf(server, "Configured")).toBe(2);
  expect(indexOf(server, "C")).toBe(4);
  expect(Object.keys(server.devices.deviceList())).toEqual(["1", "2", "3", "4"]);
  await server.shutdown();
});

test("reserved indices can come from the server options (an embedding app's policy)", async () => {
  const source = new TestDeviceSource();
  let reserved = [0];
  const server = new ButtplugServer({ deviceSources: [source], reservedIndices: () => reserved });
  source.add(device("A"));
  reserved = [0, 2];
  source.add(device("B"));
  source.add(device("C"));
  expect([indexOf(server, "A"), indexOf(server, "B"), indexOf(server, "C")]).toEqual([1, 3, 4]);
  await server.shutdown();
  const fixed = new ButtplugServer({ deviceSources: [source], reservedIndices: [0, 1] });
  source.add(device("D"));
  expect(indexOf(fixed, "D")).toBe(2);
  await fixed.shutdown();
});

test("indices stay per identifier across reconnects; a freed index is not handed to another device", async () => {
  const source = new TestDeviceSource();
  const server = new ButtplugServer({ deviceSources: [source] });
  const a = device("A");
  source.add(a);
  source.add(device("B"));
  await a.disconnect();
  source.add(device("C"));
  expect(indexOf(server, "C")).toBe(2);
  source.add(device("A"));
  expect(indexOf(server, "A")).toBe(0);
  await server.shutdown();
});

test("a configured index that another connected device holds: a warning and the next free index", async () => {
  const source = new TestDeviceSource();
  const { log, lines } = memoryLogger();
  const server = new ButtplugServer({ deviceSources: [source], log });
  source.add(device("First", 0));
  source.add(device("Second", 0));
  expect(indexOf(server, "First")).toBe(0);
  expect(indexOf(server, "Second")).toBe(1);
  expect(lines.join("\n")).toMatch(/test\/Second: its configured DeviceIndex 0 is held by First/);
  await server.shutdown();
});

test("a configured index that is not a DeviceIndex is ignored with a warning", async () => {
  const source = new TestDeviceSource();
  const { log, lines } = memoryLogger();
  const server = new ButtplugServer({ deviceSources: [source], log });
  source.add(device("Odd", -3));
  expect(indexOf(server, "Odd")).toBe(0);
  expect(lines.join("\n")).toMatch(/configured DeviceIndex -3 is not an index/);
  await server.shutdown();
});
