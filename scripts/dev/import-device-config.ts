/**
 * `bpkit dev import-device-config <source>`: bring the official Buttplug v4 device-config file into
 * the project as data (runtime/hardware/device-config/), with the reference repository's licence and
 * a README saying where it came from. The runtime never reads the reference repository itself.
 * The source is required: no machine's path is built in.
 *
 *   bpkit dev import-device-config <git-dir> [--rev R] from a clone of buttplugio/buttplug (git show REV:…)
 *   bpkit dev import-device-config <file.json>        from a plain file (licence: --license FILE)
 *   --out DIR                                         write somewhere else (tests)
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { stringFlag } from "../args";
import { PACKAGE_ROOT } from "../paths";
import { gitSourceTree, importCommand, runImport } from "./import-source";

export const IMPORT_DEVICE_CONFIG_COMMAND = importCommand({
  script: "import-device-config",
  operands: "<git-dir | config.json>",
  description: `Import the official v4 device-config file (and its licence) into runtime/hardware/device-config/, from a
clone of buttplugio/buttplug or from the file itself.`,
  missingOperand: "the source is required (a clone of buttplugio/buttplug, or the config file)",
  flags: [
    { name: "license", value: "file", help: "the licence file, when the source is the config file alone" },
    { name: "out", value: "dir", help: "write here instead of runtime/hardware/device-config/" },
  ],
});

/** Paths inside the reference repository (buttplugio/buttplug). */
export const CONFIG_PATH = "crates/buttplug_server_device_config/build-config/buttplug-device-config-v4.json";
export const LICENSE_PATH = "LICENSE";

/** Where the data lives in bpkit, and the names of the files written next to it. */
export const DATA_DIR = resolve(PACKAGE_ROOT, "runtime/hardware/device-config");
export const DATA_FILE = "buttplug-device-config-v4.json";
export const LICENSE_FILE = "LICENSE-buttplug-device-config.txt";
export const README_FILE = "README.md";

interface Source {
  config: string;
  license: string;
  /** Human-readable origin for the README. */
  origin: string;
}

function fromGit(gitDir: string, rev: string): Source {
  const tree = gitSourceTree(gitDir, rev, "buttplugio/buttplug");
  return {
    config: tree.read(CONFIG_PATH),
    license: tree.read(LICENSE_PATH),
    origin: `${tree.origin}, file \`${CONFIG_PATH}\``,
  };
}

/** Nearest LICENSE file above a plain config file (a checkout of the reference repository). */
function findLicenseAbove(file: string): string | undefined {
  let dir = dirname(resolve(file));
  for (;;) {
    const candidate = join(dir, "LICENSE");
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

function fromFile(file: string, licenseFile: string | undefined): Source {
  const license = licenseFile ?? findLicenseAbove(file);
  if (!license)
    throw new Error(`no LICENSE found above ${file}; pass --license <file> (the reference repository's LICENSE)`);
  return {
    config: readFileSync(file, "utf8"),
    license: readFileSync(license, "utf8"),
    origin: `file \`${resolve(file)}\` (licence from \`${resolve(license)}\`)`,
  };
}

/** What the imported file says about itself: version and protocol count. */
export function describeConfig(text: string): { major: number; minor: number; protocols: number } {
  const parsed = JSON.parse(text) as {
    version?: { major?: unknown; minor?: unknown };
    protocols?: Record<string, unknown>;
  };
  const major = parsed.version?.major;
  const minor = parsed.version?.minor;
  if (typeof major !== "number" || typeof minor !== "number")
    throw new Error("not a device-config file: /version/major and /version/minor missing");
  if (major !== 4) throw new Error(`device-config major version ${major}: bpkit reads the v4 format only`);
  if (!parsed.protocols || typeof parsed.protocols !== "object")
    throw new Error("not a device-config file: /protocols missing");
  return { major, minor, protocols: Object.keys(parsed.protocols).length };
}

function readme(origin: string, version: { major: number; minor: number; protocols: number }): string {
  return `# Built-in device configuration

\`${DATA_FILE}\` is the official Buttplug device-config database (v4 format), imported unchanged
from the reference implementation. bpkit's loader (\`runtime/hardware/config/\`) reads it as the
built-in database; \`--device-config-file\` replaces it and \`--user-device-config-file\` extends it.

- Source: ${origin}
- Version: ${version.major}.${version.minor} (${version.protocols} protocols)
- Licence: BSD-3-Clause, Copyright (c) Nonpolynomial Labs, LLC — see \`${LICENSE_FILE}\`
  (the reference repository's LICENSE file, copied verbatim).

Do not edit these files by hand. To re-import (for example after updating the snapshot):

\`\`\`sh
node bin/bpkit.js dev import-device-config <git-dir>               # a clone of buttplugio/buttplug, HEAD
node bin/bpkit.js dev import-device-config <git-dir> --rev <commit>
node bin/bpkit.js dev import-device-config <path/to/buttplug-device-config-v4.json> [--license <LICENSE>]
node bin/bpkit.js dev protocol-table                       # then refresh docs/protocols.md
\`\`\`
`;
}

/** Import the config; returns the files written. */
export function importDeviceConfig(options: {
  source: string;
  rev?: string;
  license?: string;
  outDir?: string;
}): string[] {
  const { source } = options;
  const isFile = existsSync(source) && statSync(source).isFile();
  const src = isFile ? fromFile(source, options.license) : fromGit(source, options.rev ?? "HEAD");
  const version = describeConfig(src.config);
  const outDir = options.outDir ?? DATA_DIR;
  mkdirSync(outDir, { recursive: true });
  const written = [
    [DATA_FILE, src.config],
    [LICENSE_FILE, src.license],
    [README_FILE, readme(src.origin, version)],
  ].map(([name, text]) => {
    const path = join(outDir, name);
    writeFileSync(path, text);
    return path;
  });
  return written;
}

/** CLI entry. */
export async function run(argv: string[]): Promise<number> {
  return runImport(IMPORT_DEVICE_CONFIG_COMMAND, argv, (source, rev, parsed) => {
    const written = importDeviceConfig({
      source,
      rev,
      license: stringFlag(parsed, "license"),
      outDir: stringFlag(parsed, "out"),
    });
    for (const path of written) console.log(`wrote ${path}`);
  });
}
