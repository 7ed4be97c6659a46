/**
 * The `bpkit` command line: one entry per command, each loaded only when it runs (so that
 * `bpkit validate` never pays for the generator or the hardware layer). Adding a command is one
 * entry here and a file exporting `run(argv): Promise<number>` whose flags are a table for
 * scripts/args.ts.
 */
import { join } from "node:path";
import { dispatch, type Subcommand } from "./args";
import { PACKAGE_ROOT } from "./paths";

const commands: Record<string, Subcommand> = {
  generate: {
    summary: "render schema/ into generated/ (--check: fail when generated/ is stale)",
    load: () => require("./generate"),
  },
  validate: {
    summary: "validate a Buttplug message log (lines, JSON Lines or HAR)",
    load: () => require("./validate"),
  },
  serve: { summary: "run a Buttplug server (websocket, 127.0.0.1:12345 by default)", load: () => require("./serve") },
  simulate: {
    summary: "run simulated devices that connect to a server's device websocket",
    load: () => require("./simulate"),
  },
  conform: {
    summary: "conformance suite: check a Buttplug server (ws://…) or, with --client, a client",
    load: () => require("./conform"),
  },
  dev: { summary: "developer scripts (benchmarks, imports of reference data)", load: () => require("./dev") },
};

/** bpkit's version, from its package.json. */
export function version(): string {
  return (require(join(PACKAGE_ROOT, "package.json")) as { version: string }).version;
}

export async function main(argv: string[]): Promise<number> {
  return dispatch("bpkit", commands, argv, {
    flags: "Options:\n  --version   print bpkit's version\n  -h, --help  this list",
    answer: (arg) => {
      if (arg !== "--version" && arg !== "-v") return undefined;
      process.stdout.write(`${version()}\n`);
      return 0;
    },
  });
}
