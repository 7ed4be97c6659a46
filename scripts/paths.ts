/**
 * Where the bpkit package is: the folder of its package.json, found from this file whether it runs
 * as TypeScript in a checkout (scripts/) or compiled (dist/scripts/).
 */
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";

function findPackageRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, "package.json"))) return dir;
    if (dirname(dir) === dir) throw new Error(`bpkit: no package.json above ${from}`);
  }
}

/** The package root (the folder of bpkit's package.json). */
export const PACKAGE_ROOT = findPackageRoot(__dirname);
