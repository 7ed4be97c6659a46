import { join } from "node:path";
import {
  loadDeviceConfig,
  normalizeUuid,
  nameMatches,
  manufacturerDataMatches,
} from "../../../runtime/hardware/config";
import { silentLogger } from "../../../runtime/log";

const builtIn = loadDeviceConfig({ log: silentLogger });
const withUser = loadDeviceConfig({
  userDeviceConfigFile: join(__dirname, "fixtures/user-v4.json"),
  log: silentLogger,
});

describe("BLE identification", () => {
  test("a wildcard name (LVS-*) identifies Lovense by name", () => {
    expect(builtIn.matchBluetooth({ name: "LVS-Z36", serviceUuids: [] })).toEqual([
      { protocol: "lovense", via: "name" },
    ]);
  });

  test("an exact advertised name identifies its protocol", () => {
    const matches = builtIn.matchBluetooth({ name: "Sync", serviceUuids: [] });
    expect(matches[0]).toEqual({ protocol: "wevibe", via: "name" });
  });

  test("an unknown name with no other evidence matches nothing", () => {
    expect(builtIn.matchBluetooth({ name: "Toaster 3000", serviceUuids: ["180f"] })).toEqual([]);
  });

  test("an advertised service identifies the protocol, in any UUID spelling a BLE stack reports", () => {
    for (const uuid of ["50300001-0024-4bd4-bbd5-a6920e4c5653", "5030000100244BD4BBD5A6920E4C5653"]) {
      expect(builtIn.matchBluetooth({ name: "", serviceUuids: [uuid] })).toEqual([
        { protocol: "lovense", via: "service" },
      ]);
    }
  });

  test("manufacturer data identifies the protocol; other bytes of the same company do not", () => {
    const satisfyer = builtIn.matchBluetooth({
      name: "",
      serviceUuids: [],
      manufacturerData: [{ company: 93, data: [0, 0, 40, 7, 1] }],
    });
    expect(satisfyer).toEqual([{ protocol: "satisfyer", via: "manufacturer" }]);
    const other = builtIn.matchBluetooth({
      name: "",
      serviceUuids: [],
      manufacturerData: [{ company: 93, data: [0, 0, 41] }],
    });
    expect(other).toEqual([]);
  });

  test("a name match ranks before a service match of another protocol", () => {
    const matches = builtIn.matchBluetooth({ name: "Sync", serviceUuids: ["50300001-0024-4bd4-bbd5-a6920e4c5653"] });
    expect(matches).toEqual([
      { protocol: "wevibe", via: "name" },
      { protocol: "lovense", via: "service" },
    ]);
  });

  test("a user config BLE specifier adds a name to a protocol", () => {
    expect(builtIn.matchBluetooth({ name: "MyLovenseClone", serviceUuids: [] })).toEqual([]);
    expect(withUser.matchBluetooth({ name: "MyLovenseClone", serviceUuids: [] })).toEqual([
      { protocol: "lovense", via: "name" },
    ]);
  });

  test("bluetoothServices gives service → endpoint → characteristic", () => {
    const services = builtIn.bluetoothServices("lovense");
    expect(services["0000fff0-0000-1000-8000-00805f9b34fb"]).toEqual({
      rx: "0000fff1-0000-1000-8000-00805f9b34fb",
      tx: "0000fff2-0000-1000-8000-00805f9b34fb",
    });
    expect(builtIn.bluetoothServices("no-such-protocol")).toEqual({});
  });
});

describe("websocket identification", () => {
  test("the built-in database has no websocket names; a user specifier adds them (names and name forms)", () => {
    expect(builtIn.matchWebsocket("LVSDevice")).toBeUndefined();
    expect(withUser.matchWebsocket("LVSDevice")).toEqual({ protocol: "lovense", via: "websocket" });
    expect(withUser.matchWebsocket("LVSDeviceV4")).toEqual({ protocol: "lovense", via: "websocket" });
    expect(withUser.websocketNames()).toEqual([
      { name: "LVSDevice", protocol: "lovense" },
      { name: "LVSDeviceV4", protocol: "lovense" },
    ]);
  });

  test("websocket names match exactly, not by prefix or case", () => {
    expect(withUser.matchWebsocket("LVSDevice2")).toBeUndefined();
    expect(withUser.matchWebsocket("lvsdevice")).toBeUndefined();
  });
});

describe("matching helpers", () => {
  test("normalizeUuid expands short forms and adds dashes", () => {
    expect(normalizeUuid("FFF0")).toBe("0000fff0-0000-1000-8000-00805f9b34fb");
    expect(normalizeUuid("0000fff0")).toBe("0000fff0-0000-1000-8000-00805f9b34fb");
    expect(normalizeUuid("6E400001B5A3F393E0A9E50E24DCCA9E")).toBe("6e400001-b5a3-f393-e0a9-e50e24dcca9e");
  });

  test("nameMatches: exact, trailing and inner wildcards, regex characters are literal", () => {
    expect(nameMatches("LVS-*", "LVS-Domi")).toBe("wildcard");
    expect(nameMatches("LVS-*", "LVS")).toBeUndefined();
    expect(nameMatches("SF *", "SF Pro 2")).toBe("wildcard");
    expect(nameMatches("A*Z", "ABCZ")).toBe("wildcard");
    expect(nameMatches("Pearl2+", "Pearl2+")).toBe("exact");
    expect(nameMatches("Pearl2.*", "Pearl2x1")).toBeUndefined();
  });

  test("manufacturerDataMatches: company only, exact bytes, or contained bytes", () => {
    expect(manufacturerDataMatches({ company: 1 }, { company: 1, data: [9] })).toBe(true);
    expect(manufacturerDataMatches({ company: 1 }, { company: 2, data: [9] })).toBe(false);
    expect(manufacturerDataMatches({ company: 1, data: [1, 2] }, { company: 1, data: [1, 2] })).toBe(true);
    expect(manufacturerDataMatches({ company: 1, data: [1, 2] }, { company: 1, data: [2, 1] })).toBe(false);
    expect(manufacturerDataMatches({ company: 1, data: [2, 3] }, { company: 1, data: [1, 2, 3, 4] })).toBe(true);
  });
});
