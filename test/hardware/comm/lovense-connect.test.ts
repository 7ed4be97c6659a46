/**
 * Lovense Connect against a local HTTP server playing the app (loopback only): a Nora the app
 * lists comes in as a lovense-connect-service device, an official v4 client's commands arrive as
 * the reference's GET paths, the battery is the app's, the session's end stops it, and the toy
 * leaving the app's list removes it.
 */
import * as Buttplug5 from "buttplug";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createDeviceSources, DEFAULT_HARDWARE_OPTIONS } from "../../../runtime/hardware";
import {
  LOVENSE_CONNECT_NEEDS_ADDRESS,
  LovenseConnectManager,
  lovenseConnectHost,
} from "../../../runtime/hardware/comm/lovense-connect";
import { parseServeRequest, UsageError } from "../../../scripts/serve";
import { recordingLogger } from "../test-protocol";
import { until } from "../../until";
import { expectStopWhenClientVanishes, firstDevice, serveManager } from "./rig";

describe("Lovense Connect", () => {
  let app: Server;
  let host: string;
  const requests: string[] = [];
  const toys: Record<
    string,
    { id: string; name: string; nickName: string; status: unknown; version: string; battery: number | null }
  > = {};

  beforeAll(async () => {
    app = createServer((req, res) => {
      if (req.url === "/GetToys") {
        res.setHeader("content-type", "application/json");
        res.end(JSON.stringify({ code: 200, type: "OK", data: toys }));
        return;
      }
      requests.push(req.url ?? "");
      res.end(JSON.stringify({ code: 200, type: "OK" }));
    });
    await new Promise<void>((resolve) => app.listen(0, "127.0.0.1", resolve));
    host = `http://127.0.0.1:${(app.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => app.close(resolve));
  });
  /** A Lovense Connect manager polling the app above. */
  const serveApp = () =>
    serveManager((context) => new LovenseConnectManager({ ...context, hosts: [host], pollMs: 20 }));

  test("the app's address is given as the app shows it: ip:port, or an http(s) URL with a port", () => {
    expect(lovenseConnectHost("192.168.1.23:20010")).toBe("http://192.168.1.23:20010");
    expect(lovenseConnectHost("https://192-168-1-23.lovense.club:30010/")).toBe(
      "https://192-168-1-23.lovense.club:30010",
    );
    expect(() => lovenseConnectHost("192.168.1.23")).toThrow("'192.168.1.23' has no port");
    expect(() => lovenseConnectHost("ws://192.168.1.23:1")).toThrow("the app speaks http or https, not ws");
    expect(() => lovenseConnectHost("192.168.1.23:1/GetToys")).toThrow("without a path");
  });

  test("bpkit serve: --lovense-connect-address turns Lovense Connect on; a bad one is a usage error naming the flag", () => {
    const request = parseServeRequest(["--lovense-connect-address", "192.168.1.23:20010,10.0.0.5:20010"]);
    expect(request.kind === "serve" && request.options.hardware).toMatchObject({
      useLovenseConnect: true,
      lovenseConnectHosts: ["http://192.168.1.23:20010", "http://10.0.0.5:20010"],
    });
    expect(() => parseServeRequest(["--use-lovense-connect", "--lovense-connect-address", "nowhere"])).toThrow(
      UsageError,
    );
    expect(() => parseServeRequest(["--lovense-connect-address", "nowhere"])).toThrow(
      "--lovense-connect-address: 'nowhere' has no port",
    );
  });

  test("--use-lovense-connect without an address: one warning saying how, no Lovense Connect, nothing sent to the network", async () => {
    const fetchSpy = jest.spyOn(globalThis, "fetch");
    const { log, lines } = recordingLogger("warn");
    const request = parseServeRequest(["--use-lovense-connect", "--no-bluetooth"]);
    if (request.kind !== "serve") throw new Error(request.kind);
    expect(request.options.hardware.useLovenseConnect).toBe(true);
    const sources = await createDeviceSources({ ...DEFAULT_HARDWARE_OPTIONS, ...request.options.hardware }, log);
    try {
      expect(sources.map((s) => s.name)).toEqual([]);
      expect(lines.map((l) => l.message)).toEqual([LOVENSE_CONNECT_NEEDS_ADDRESS]);
      expect(LOVENSE_CONNECT_NEEDS_ADDRESS).toMatch(/--lovense-connect-address <ip:port>/);
      expect(fetchSpy).not.toHaveBeenCalled();
    } finally {
      fetchSpy.mockRestore();
      await Promise.all(sources.map((s) => s.shutdown()));
    }
  });

  test("a Nora the app lists is driven over the app's HTTP API and removed when the app loses it", async () => {
    toys.a1 = { id: "a1", name: "Nora", nickName: "", status: "1", version: "", battery: 77 };
    const { server } = serveApp();
    const { client, device } = await firstDevice(server, "connect");
    expect(device.name).toBe("Lovense Nora");
    await client.stopScanning();

    await device.runOutput(Buttplug5.DeviceOutput.Vibrate.value(10));
    await device.runOutput(Buttplug5.DeviceOutput.Rotate.value(-5));
    expect(requests).toEqual(["/Vibrate1?v=10&t=a1", "//Rotate?v=-5&t=a1"]);
    expect(await device.battery()).toBe(77);

    const removed = new Promise<void>((resolve) => client.once("deviceremoved", () => resolve()));
    toys.a1.status = 0;
    await removed;
    expect(client.devices.size).toBe(0);

    // Back in the app: found again on the next scan; the session's end stops it.
    toys.a1.status = "1";
    const again = new Promise<Buttplug5.ButtplugClientDevice>((resolve) => client.once("deviceadded", resolve));
    await client.startScanning();
    await (await again).runOutput(Buttplug5.DeviceOutput.Vibrate.value(7));
    await until(() => requests.includes("/Vibrate1?v=7&t=a1"));
    await client.disconnect();
    await until(() => requests.lastIndexOf("/Vibrate1?v=0&t=a1") > requests.indexOf("/Vibrate1?v=7&t=a1"));
    await server.shutdown();
  });

  /** The app lists only the toy `name` (id `id`), nothing has been requested yet, and a server polls the app. */
  async function withOnlyToy(
    id: string,
    name: string,
    run: (server: ReturnType<typeof serveApp>["server"]) => Promise<void>,
  ) {
    for (const key of Object.keys(toys)) delete toys[key];
    toys[id] = { id, name, nickName: "", status: "1", version: "", battery: 50 };
    requests.length = 0;
    const { server } = serveApp();
    try {
      await run(server);
    } finally {
      delete toys[id];
    }
  }

  test("a client that vanishes without a goodbye: the app is asked to stop the toy", () =>
    withOnlyToy("b2", "Lush", (server) =>
      expectStopWhenClientVanishes(server, 12, {
        running: () => requests.includes("/Vibrate1?v=12&t=b2"),
        stopped: () => requests.includes("/Vibrate1?v=0&t=b2"),
      }),
    ));

  // Deliberately unlike the reference: its lovense_connect_service.rs says a toy that only oscillates
  // takes the vibrate command, and counts it as a vibrator, but then sends such a toy's Oscillate as
  // `AirAuto?v=` (the Max's air pump). bpkit sends what its comment intends: `Vibrate1?v=`.
  test("a toy that only oscillates (Sex Machine) takes the vibrate command for it", () =>
    withOnlyToy("c3", "XMachine", async (server) => {
      try {
        const { client, device } = await firstDevice(server, "connect");
        expect(device.name).toBe("Lovense Sex Machine");
        await client.stopScanning();
        await device.runOutput(Buttplug5.DeviceOutput.Oscillate.value(9));
        expect(requests).toEqual(["/Vibrate1?v=9&t=c3"]);
        await client.disconnect();
      } finally {
        await server.shutdown();
      }
    }));
});
