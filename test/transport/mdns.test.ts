/**
 * mDNS announcement (--broadcast-server-mdns): the record Intiface Engine publishes (src/mdns.rs:
 * `_intiface_engine._tcp`, "Intiface <6 alphanumerics>", TXT path=/), tested on its contents
 * through a fake publisher (no multicast in CI); loopback-only servers announce nothing and say so.
 */
import { announceServer, mdnsRecord, type MdnsPublisher, type MdnsRecord } from "../../runtime/transport/mdns";
import { recordingLogger } from "../hardware/test-protocol";

describe("mDNS announcement", () => {
  test("the record: Intiface Engine's service type, instance name, TXT and the server's port", () => {
    const record = mdnsRecord(4321, undefined);
    expect(record).toMatchObject({ type: "intiface_engine", protocol: "tcp", port: 4321, txt: { path: "/" } });
    expect(record.name).toMatch(/^Intiface [A-Za-z0-9]{6}$/);
    expect(mdnsRecord(12345, "bedroom", () => 0).name).toBe("Intiface AAAAAA bedroom");
  });

  test("a server on every interface is published, and withdrawn on stop", async () => {
    const published: MdnsRecord[] = [];
    let destroyed = false;
    const publisher: MdnsPublisher = {
      publish: (r) => published.push(r),
      unpublishAll: (done) => done?.(),
      destroy: () => (destroyed = true),
    };
    const { log, lines } = recordingLogger("info");
    const announcement = announceServer({
      host: "0.0.0.0",
      port: 12345,
      suffix: "den",
      log,
      publisher: () => publisher,
    });
    expect(published).toEqual([announcement!.record]);
    expect(announcement!.record.name).toMatch(/^Intiface [A-Za-z0-9]{6} den$/);
    expect(lines.map((l) => l.message)).toContainEqual(expect.stringContaining("_intiface_engine._tcp, port 12345"));
    await announcement!.stop();
    expect(destroyed).toBe(true);
  });

  test("a loopback-only server announces nothing and says why", () => {
    const { log, lines } = recordingLogger("info");
    const publish = jest.fn();
    expect(
      announceServer({
        host: "127.0.0.1",
        port: 12345,
        log,
        publisher: () => ({ publish, unpublishAll: () => undefined, destroy: () => undefined }),
      }),
    ).toBeUndefined();
    expect(publish).not.toHaveBeenCalled();
    expect(lines.map((l) => l.message)).toEqual([
      expect.stringContaining("mDNS: not announcing: the server listens on loopback only"),
    ]);
  });
});
