/**
 * `bpkit dev <script>`: developer scripts, one file each in scripts/dev/<script>.ts exporting
 * `run(argv): Promise<number>` and `summary`.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";

function available(): string[] {
  return readdirSync(join(__dirname, "dev"))
    .filter((f) => f.endsWith(".ts"))
    .map((f) => f.slice(0, -3))
    .sort();
}

export async function run(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const names = available();
  if (!name || name === "--help" || !names.includes(name)) {
    if (name && name !== "--help") console.error(`bpkit dev: unknown script '${name}'`);
    console.log(`Usage: bpkit dev <script> [options]\n\nScripts:\n${names.map((n) => `  ${n}`).join("\n")}`);
    return name && name !== "--help" ? 2 : 0;
  }
  const mod = require(`./dev/${name}`) as { run(argv: string[]): Promise<number> };
  return mod.run(rest);
}
