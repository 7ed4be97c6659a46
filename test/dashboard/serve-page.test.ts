/**
 * The dashboard on the Buttplug port: the page and its assets over plain HTTP while websocket
 * upgrades still reach the Buttplug server; the security rules (loopback Host names, no
 * cross-origin event stream, the token off loopback); --no-dashboard; the session recording
 * (download and --record FILE) in the format `bpkit validate` accepts.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { validateLog, type Problem } from "../../runtime/validate";
import { connectWebsocket } from "../../runtime/transport";
import { until } from "../until";
import { FrameClient } from "../server/helpers";
import { get, serveWithDevices, Viewer } from "./helpers";

async function validJsonl(text: string): Promise<{ problems: Problem[]; frames: number }> {
  const problems: Problem[] = [];
  const summary = await validateLog(Readable.from([text]), { onProblem: (p) => problems.push(p) });
  return { problems: problems.filter((p) => p.severity === "error"), frames: summary.frames };
}

async function clientSession(port: number): Promise<FrameClient> {
  const client = new FrameClient(await connectWebsocket(`ws://127.0.0.1:${port}`));
  await client.handshake("recorded app");
  // As the official clients do (bpkit validate wants devices announced before they are commanded).
  await client.request({ RequestDeviceList: { Id: 5 } });
  await client.request({ OutputCmd: { Id: 2, DeviceIndex: 0, FeatureIndex: 0, Command: { Vibrate: { Value: 10 } } } });
  await client.request({ OutputCmd: { Id: 3, DeviceIndex: 0, FeatureIndex: 1, Command: { Vibrate: { Value: 15 } } } });
  await client.request({ StopCmd: { Id: 4 } });
  return client;
}

describe("the dashboard page on the Buttplug port", () => {
  test("GET / is the page (no framing, no referrer, scripts only from itself); a websocket on / is still the Buttplug server", async () => {
    const { running } = await serveWithDevices();
    try {
      expect(running.dashboardUrl).toBe(`http://127.0.0.1:${running.port}/`);
      const page = await get(running.dashboardUrl!);
      expect(page.status).toBe(200);
      expect(page.body).toContain('<script src="app.js">');
      expect(page.headers).toMatchObject({
        "x-frame-options": "DENY",
        "referrer-policy": "no-referrer",
        "content-security-policy": expect.stringContaining("default-src 'self'"),
      });
      const script = await get(`http://127.0.0.1:${running.port}/app.js`);
      expect(script.status).toBe(200);
      expect(script.headers["content-type"]).toMatch(/javascript/);
      expect((await get(`http://127.0.0.1:${running.port}/nothing-here`)).status).toBe(404);
      const client = new FrameClient(await connectWebsocket(`ws://127.0.0.1:${running.port}`));
      expect(await client.handshake()).toMatchObject({ ServerInfo: { ServerName: "bpkit" } });
    } finally {
      await running.stop();
    }
  });

  test("a Host that is not a loopback name is refused (DNS rebinding), page and stream alike", async () => {
    const { running } = await serveWithDevices();
    try {
      expect((await get(`http://127.0.0.1:${running.port}/`, { Host: "attacker.example:80" })).status).toBe(403);
      expect((await get(`http://127.0.0.1:${running.port}/`, { Host: `localhost:${running.port}` })).status).toBe(200);
      await expect(Viewer.open(`ws://127.0.0.1:${running.port}/events`, { Host: "attacker.example" })).rejects.toThrow(
        "refused: 403",
      );
    } finally {
      await running.stop();
    }
  });

  test("a cross-origin websocket to the event stream is refused; the page's own origin is accepted", async () => {
    const { running } = await serveWithDevices();
    try {
      await expect(
        Viewer.open(`ws://127.0.0.1:${running.port}/events`, { Origin: "https://attacker.example" }),
      ).rejects.toThrow("refused: 403");
      await expect(Viewer.open(`ws://127.0.0.1:${running.port}/events`, { Origin: "null" })).rejects.toThrow(
        "refused: 403",
      );
      const viewer = await Viewer.open(`ws://127.0.0.1:${running.port}/events`, {
        Origin: `http://127.0.0.1:${running.port}`,
      });
      await viewer.until(() => viewer.of("Snapshot").length === 1);
      viewer.close();
    } finally {
      await running.stop();
    }
  });

  test("with --websocket-use-all-interfaces the page, the recording and the stream need the token printed at start-up", async () => {
    const lines: string[] = [];
    const { Logger } = await import("../../runtime/log");
    const log = new Logger("info", "bpkit", (_level, _component, message) => lines.push(message));
    // Bound to loopback here, but with every rule of the all-interfaces mode.
    const { running } = await serveWithDevices(["--websocket-use-all-interfaces"], { loopbackOnly: true, log });
    try {
      const url = new URL(running.dashboardUrl!);
      const token = url.searchParams.get("token")!;
      expect(token).toMatch(/^[0-9a-f]{32}$/);
      expect(lines.some((l) => l.includes(`dashboard: http://127.0.0.1:${running.port}/?token=${token}`))).toBe(true);
      const base = `http://127.0.0.1:${running.port}`;
      const refused = await get(`${base}/`);
      expect(refused.status).toBe(401);
      expect(refused.body).toMatch(/token/);
      expect((await get(`${base}/?token=${"0".repeat(32)}`)).status).toBe(401);
      expect((await get(`${base}/recording.jsonl`)).status).toBe(401);
      expect((await get(`${base}/?token=${token}`)).status).toBe(200);
      expect((await get(`${base}/recording.jsonl?token=${token}`)).status).toBe(200);
      await expect(Viewer.open(`ws://127.0.0.1:${running.port}/events`)).rejects.toThrow("refused: 401");
      const viewer = await Viewer.open(`ws://127.0.0.1:${running.port}/events?token=${token}`);
      await viewer.until(() => viewer.of("Snapshot").length === 1);
      viewer.close();
    } finally {
      await running.stop();
    }
  });

  test("--no-dashboard: plain HTTP gets 426 Upgrade Required and nothing is printed", async () => {
    const { running } = await serveWithDevices(["--no-dashboard"]);
    try {
      expect(running.dashboardUrl).toBeUndefined();
      expect((await get(`http://127.0.0.1:${running.port}/`)).status).toBe(426);
    } finally {
      await running.stop();
    }
  });
});

describe("session recording", () => {
  test("/recording.jsonl is the session so far as {dir,t,frame} lines that bpkit validate accepts", async () => {
    const { running } = await serveWithDevices();
    try {
      await clientSession(running.port);
      // A second connection, refused at its handshake, does not replace the session's recording.
      const second = new FrameClient(await connectWebsocket(`ws://127.0.0.1:${running.port}`));
      await second.handshake("second app");
      await second.whenClosed();
      const download = await get(`http://127.0.0.1:${running.port}/recording.jsonl`);
      expect(download.headers["content-disposition"]).toMatch(/^attachment; filename="bpkit-session-.*\.jsonl"$/);
      const lines = download.body
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l) as { dir: string; t: number; frame: unknown });
      expect(lines.map((l) => l.dir)).toEqual(["c2s", "s2c", "c2s", "s2c", "c2s", "s2c", "c2s", "s2c", "c2s", "s2c"]);
      expect(lines[0]!.frame).toEqual([
        { RequestServerInfo: { Id: 1, ClientName: "recorded app", ProtocolVersionMajor: 4, ProtocolVersionMinor: 0 } },
      ]);
      expect(lines[7]!.frame).toEqual([{ Ok: { Id: 3 } }]);
      expect(lines.every((l, i) => i === 0 || l.t >= lines[i - 1]!.t)).toBe(true);
      expect(await validJsonl(download.body)).toEqual({ problems: [], frames: 10 });
    } finally {
      await running.stop();
    }
  });

  test("--record FILE holding back-to-back sessions (and two server runs) validates: one session each", async () => {
    const dir = mkdtempSync(join(tmpdir(), "bpkit-record-"));
    const file = join(dir, "sessions.jsonl");
    try {
      for (const run of [1, 2]) {
        const { running } = await serveWithDevices(["--record", file]);
        try {
          // a v4 session, then a v3 one: each gets its own handshake, device list and Ids from 1
          const first = await clientSession(running.port);
          first.connection.close();
          await until(() => !running.server.session);
          const second = new FrameClient(await connectWebsocket(`ws://127.0.0.1:${running.port}`));
          await second.request({ RequestServerInfo: { Id: 1, ClientName: `v3 app ${run}`, MessageVersion: 3 } });
          await second.request({ RequestDeviceList: { Id: 2 } });
          await second.request({ StopAllDevices: { Id: 3 } });
          second.connection.close();
          await until(() => !running.server.session);
        } finally {
          await running.stop();
        }
      }
      const text = readFileSync(file, "utf8");
      const problems: Problem[] = [];
      const summary = await validateLog(Readable.from([text]), { onProblem: (p) => problems.push(p) });
      expect(problems).toEqual([]);
      expect(summary).toMatchObject({ format: "jsonl", sessions: 4, frames: 2 * (10 + 6), errors: 0 });
      // a broken frame in the third session is reported there, with its session
      const broken = text.replace('{"StopAllDevices":{"Id":3}}', '{"StopAllDevices":{"Id":3,"Everything":true}}');
      const found: Problem[] = [];
      await validateLog(Readable.from([broken]), { onProblem: (p) => found.push(p) });
      expect(found.filter((p) => p.severity === "error")).toEqual([
        expect.objectContaining({ rule: "schema", session: 2, message: "StopAllDevices" }),
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("--record FILE appends each frame as it happens and stops at --record-max-size", async () => {
    const dir = mkdtempSync(join(tmpdir(), "bpkit-record-"));
    const file = join(dir, "session.jsonl");
    writeFileSync(file, "");
    try {
      const { running } = await serveWithDevices(["--record", file]);
      try {
        const client = await clientSession(running.port);
        // Flushed per line: the file holds the frames while the session is still open.
        const text = readFileSync(file, "utf8");
        expect(text.trim().split("\n")).toHaveLength(10);
        expect(await validJsonl(text)).toEqual({ problems: [], frames: 10 });
        client.connection.close();
      } finally {
        await running.stop();
      }
      const capped = join(dir, "capped.jsonl");
      const { running: small } = await serveWithDevices(["--record", capped, "--record-max-size", "1024"]);
      try {
        const client = new FrameClient(await connectWebsocket(`ws://127.0.0.1:${small.port}`));
        await client.handshake();
        for (let id = 2; id < 40; id++) await client.request({ Ping: { Id: id } });
        const size = readFileSync(capped).length;
        expect(size).toBeGreaterThan(512);
        expect(size).toBeLessThanOrEqual(1024);
      } finally {
        await small.stop();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
