/**
 * The reference server compiled to WebAssembly (npm `buttplug-wasm`) through `bpkit conform`'s
 * server checks: every session gets a fresh embedded reference server, each with a fake WebBluetooth
 * Magic Motion vibrator it finds when scanning. A panic (the reference's answer to some frames)
 * leaves the WASM instance unusable, so the next session loads a fresh instance. Run by
 * reference.test.ts in a child process (the package is an ES module with top-level await and needs
 * browser globals); prints the report as JSON on stdout.
 */
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import { EmbeddedServerConnector, type ButtplugConnector, type EmbeddedJsonServer } from "../../../runtime/client";
import { runServerChecks } from "../../../runtime/conform";
import type { FrameConnection } from "../../../runtime/transport";
import { installFakeBrowser, type FakePeripheral } from "../../client/wasm/fake-web-bluetooth";

/** The package's inner wasm-bindgen module; a query string gives a fresh module, so a fresh WASM instance. */
const innerModule = (() => {
  const dir = path.dirname(require.resolve("buttplug-wasm/dist/buttplug-wasm.mjs"));
  const file = require("node:fs")
    .readdirSync(dir)
    .find((f: string) => /^buttplug_wasm-.*\.js$/.test(f)) as string;
  return pathToFileURL(path.join(dir, file)).href;
})();

let instances = 0;
/** The last panic the reference printed. */
let lastPanic = "";
async function loadReferenceServer(): Promise<EmbeddedJsonServer> {
  const mod = (await import(`${innerModule}?instance=${instances++}`)) as EmbeddedJsonServer & {
    __tla?: Promise<unknown>;
  };
  await mod.__tla;
  return mod;
}

/** One handshake, however long it takes. */
function warmUp(mod: EmbeddedJsonServer): Promise<void> {
  return new Promise((resolve) => {
    const server = mod.buttplug_create_embedded_wasm_server(() => undefined);
    const frame = JSON.stringify([{ RequestServerInfo: { Id: 1, ClientName: "warm-up", MessageVersion: 3 } }]);
    mod.buttplug_client_send_json_message(server, new TextEncoder().encode(frame), () => resolve());
  });
}

/** Sessions on one WASM instance until a call panics; then a fresh instance. */
class ReferenceConnector implements ButtplugConnector {
  readonly description = "buttplug-wasm (reference server)";
  private current: EmbeddedJsonServer | undefined;
  private readonly open = new Set<FrameConnection>();

  /** A panic outside a call (in a callback the reference runs later): end the sessions it took down. */
  crashed(error: unknown): void {
    this.current = undefined;
    for (const connection of this.open)
      connection.close(`the server crashed: ${lastPanic || (error as Error).message}`);
    this.open.clear();
  }

  async connect(): Promise<FrameConnection> {
    const connection = await this.connectInstance();
    this.open.add(connection);
    connection.once("close", () => this.open.delete(connection));
    return connection;
  }

  private async connectInstance(): Promise<FrameConnection> {
    if (!this.current) {
      const mod = await loadReferenceServer();
      const wrapped: EmbeddedJsonServer = {
        buttplug_create_embedded_wasm_server: (onEvent, ptr) => mod.buttplug_create_embedded_wasm_server(onEvent, ptr),
        buttplug_client_send_json_message: (server, frame, onReply) => {
          try {
            mod.buttplug_client_send_json_message(server, frame, onReply);
          } catch (error) {
            if (this.current === wrapped) this.current = undefined;
            throw new Error(lastPanic || (error as Error).message);
          }
        },
      };
      this.current = wrapped;
    }
    return new EmbeddedServerConnector(this.current).connect();
  }
}

async function main(): Promise<void> {
  // One vibrator per scanning server (requestDevice hands each out once).
  const peripherals: FakePeripheral[] = Array.from({ length: 500 }, () => ({
    name: "Smart Mini Vibe",
    writes: [],
    readValue: [77],
  }));
  installFakeBrowser(peripherals);
  // The reference prints its panics: keep the last one for the crash reason instead of printing it.
  console.error = (...args: unknown[]) => {
    const text = args.map(String).join(" ");
    const panic = /panicked at '([\s\S]*?)', (\S+)/.exec(text);
    if (panic) lastPanic = `${panic[1]!.slice(0, 160)} (${panic[2]})`;
  };
  // The first call into the reference takes seconds (its WASM code warming up), which a reply
  // timeout would take for a missing answer: make that call before any check.
  await warmUp(await loadReferenceServer());
  const connector = new ReferenceConnector();
  process.on("uncaughtException", (error) => connector.crashed(error));
  process.on("unhandledRejection", (error) => connector.crashed(error));
  const report = await runServerChecks({ connector }, { replyTimeoutMs: 3000, scanForDevicesMs: 3000 });
  process.stdout.write(`${JSON.stringify({ ...report, wasmInstances: instances })}\n`);
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  },
);
