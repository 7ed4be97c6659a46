import { FakeLink } from "../fake-link";

describe("BaseLink notifications", () => {
  test("nextNotification resolves with the next data on that endpoint only", async () => {
    const link = new FakeLink();
    const next = link.nextNotification("rx", 1000);
    link.deviceSends("other", [1]);
    link.deviceSends("rx", [2]);
    expect([...(await next)]).toEqual([2]);
  });

  test("a reply that lands before the protocol starts waiting is not lost", async () => {
    const link = new FakeLink();
    await link.execute({ kind: "write", endpoint: "tx", data: Uint8Array.of(0xb0), withResponse: false });
    link.deviceSends("rx", [0xb1, 50]);
    expect([...(await link.nextNotification("rx", 1000))]).toEqual([0xb1, 50]);
  });

  test("data from before the latest command is not taken as its reply", async () => {
    const link = new FakeLink();
    await link.execute({ kind: "write", endpoint: "tx", data: Uint8Array.of(1), withResponse: false });
    link.deviceSends("rx", [0xaa]);
    await link.execute({ kind: "write", endpoint: "tx", data: Uint8Array.of(2), withResponse: false });
    const next = link.nextNotification("rx", 1000);
    link.deviceSends("rx", [0xbb]);
    expect([...(await next)]).toEqual([0xbb]);
  });

  test("nextNotification times out with ERROR_DEVICE, and rejects when the link drops", async () => {
    const link = new FakeLink();
    await expect(link.nextNotification("rx", 10)).rejects.toMatchObject({ code: 4 });
    const waiting = link.nextNotification("rx", 1000);
    link.drop();
    await expect(waiting).rejects.toMatchObject({ code: 4, message: expect.stringContaining("disconnected") });
  });
});
