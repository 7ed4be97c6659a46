/**
 * The `bpkit` command line: one sub-command per file in scripts/, loaded lazily so that
 * `bpkit validate` never pays for the generator's dependencies. (`require`, not `import()`: under
 * tsx's CommonJS hook a dynamic import goes to Node's ESM resolver, which cannot find .ts files.)
 */

type Command = { summary: string; load: () => Promise<{ run(argv: string[]): Promise<number> }> };

const commands: Record<string, Command> = {
  generate: { summary: "render schema/ into generated/ (--check: fail when generated/ is stale)", load: async () => require("./generate") },
  validate: { summary: "validate a Buttplug message log (lines, JSON Lines or HAR)", load: async () => require("./validate") },
  serve: { summary: "run a Buttplug server (websocket, 127.0.0.1:12345 by default)", load: async () => require("./serve") },
  simulate: { summary: "run simulated devices that connect to a server's device websocket", load: async () => require("./simulate") },
  conform: { summary: "conformance suite: check a Buttplug server (ws://…) or, with --client, a client", load: async () => require("./conform") },
  dev: { summary: "developer scripts (benchmarks, device-config import)", load: async () => require("./dev") },
};

export function usage(): string {
  const lines = ["Usage: bpkit <command> [options]", "", "Commands:"];
  for (const [name, c] of Object.entries(commands)) lines.push(`  ${name.padEnd(10)} ${c.summary}`);
  lines.push("", "Run `bpkit <command> --help` for a command's options.");
  return lines.join("\n");
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    console.log(usage());
    return 0;
  }
  const command = commands[name];
  if (!command) {
    console.error(`bpkit: unknown command '${name}'\n\n${usage()}`);
    return 2;
  }
  const mod = await command.load();
  return mod.run(rest);
}
