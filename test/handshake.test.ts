import { requestedVersion } from "../runtime/handshake";

describe("requestedVersion (RequestServerInfo → spec version)", () => {
  it.each([
    [{ Id: 1, ClientName: "a" }, 0, 0],
    [{ Id: 1, ClientName: "a", MessageVersion: 0 }, 0, 1],
    [{ Id: 1, ClientName: "a", MessageVersion: 2 }, 2, 2],
    [{ Id: 1, ClientName: "a", MessageVersion: 3 }, 3, 3],
    [{ Id: 1, ClientName: "a", ProtocolVersionMajor: 4, ProtocolVersionMinor: 0 }, 4, 4],
  ])("%j asks for v%i, checked against the v%i schema", (body, version, schemaVersion) => {
    expect(requestedVersion(body)).toEqual({ version, schemaVersion });
  });

  it("refuses a client newer than the server, and version fields of the wrong generation", () => {
    expect(requestedVersion({ ProtocolVersionMajor: 5 })).toMatchObject({
      newer: true,
      problem: expect.stringMatching(/spec v5, newer than this server's v4/),
    });
    expect(requestedVersion({ MessageVersion: 4 })).toMatchObject({
      problem: expect.stringMatching(/announce themselves with ProtocolVersionMajor/),
    });
    expect(requestedVersion({ ProtocolVersionMajor: 3 })).toMatchObject({
      problem: expect.stringMatching(/announce themselves with MessageVersion/),
    });
    expect(requestedVersion({ ProtocolVersionMajor: 4 }, 3)).toMatchObject({ newer: true });
  });

  it("leaves a malformed version field to the schema", () => {
    expect(requestedVersion({ MessageVersion: "3" })).toEqual({ version: "3", schemaVersion: 1 });
  });
});
