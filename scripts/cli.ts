/**
 * The `bpkit` command line: one entry per command, each loaded only when it runs (so that
 * `bpkit validate` never pays for the generator or the hardware layer). Adding a command is one
 * entry here and a file scripts/<command>.ts exporting `run(argv): Promise<number>` whose flags
 * are a table for scripts/args.ts.
 */
import { join } from "node:path";
import { dispatch, type SubcommandModule } from "./args";
import { PACKAGE_ROOT } from "./paths";

/** Each command and what it does; its code is scripts/<command>.ts. */
const COMMANDS: Readonly<Record<string, string>> = {
  generate: "render schema/ into generated/ (--check: fail when generated/ is stale)",
  validate: "validate a Buttplug message log (lines, JSON Lines or HAR)",
  serve: "run a Buttplug server (websocket, 127.0.0.1:12345 by default)",
  simulate: "run simulated devices that connect to a server's device websocket",
  conform: "conformance suite: check a Buttplug server (ws://…) or, with --client, a client",
  dev: "developer scripts (benchmarks, imports of reference data)",
};

/** bpkit's version, from its package.json. */
export function version(): string {
  return (require(join(PACKAGE_ROOT, "package.json")) as { version: string }).version;
}

export async function main(argv: string[]): Promise<number> {
  return dispatch("bpkit", COMMANDS, (name) => require(`./${name}`) as SubcommandModule, argv, {
    flags: "Options:\n  --version   print bpkit's version\n  -h, --help  this list",
    answer: (arg) => {
      if (arg !== "--version" && arg !== "-v") return undefined;
      process.stdout.write(`${version()}\n`);
      return 0;
    },
  });
}
