/**
 * What the `bpkit dev import-*` scripts share: their command line (one required source, --rev) and
 * its run, and read-only access to one revision of a reference repository — a git directory (read
 * with `git show REV:path`) or a checkout (read from its files).
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { type CommandSpec, type Flag, type Parsed, parseOrExit, stringFlag } from "../args";
import { errorText } from "../../runtime/errors";

/** An import script's command line, besides what importCommand adds. */
export interface ImportCommand {
  /** The script's name (`import-device-cases`). */
  script: string;
  /** What the source may be, for the usage line (`<git-dir | checkout of buttplugio/buttplug>`). */
  operands: string;
  description: string;
  /** The usage error when the source is missing. */
  missingOperand: string;
  /** Flags besides --rev. */
  flags?: readonly Flag[];
}

/** `bpkit dev <script> <source> [--rev REV] …`: the command line of an import script. */
export function importCommand(command: ImportCommand): CommandSpec {
  const { script, flags = [], ...rest } = command;
  return {
    command: `dev ${script}`,
    maxPositionals: 1,
    ...rest,
    flags: [{ name: "rev", value: "rev", help: "revision to read from a git directory (default HEAD)" }, ...flags],
  };
}

/**
 * The `run` of an import script: parse its command line, then `importFrom(source, --rev, parsed)`
 * prints what it wrote; an error is reported as `<script>: <message>` with exit status 1.
 */
export function runImport(
  spec: CommandSpec,
  argv: readonly string[],
  importFrom: (source: string, rev: string | undefined, parsed: Parsed) => void,
): number {
  const parsed = parseOrExit(spec, argv);
  if (typeof parsed === "number") return parsed;
  try {
    importFrom(parsed.positionals[0]!, stringFlag(parsed, "rev"), parsed);
    return 0;
  } catch (err) {
    console.error(`${spec.command.replace(/^dev /, "")}: ${errorText(err)}`);
    return 1;
  }
}

/**
 * The source directory of an import: a checkout of `repo` (it has the file or folder `marker`) is
 * read from its files unless a revision is asked for; anything else is read as a git directory.
 */
export function openSourceTree(source: string, rev: string | undefined, repo: string, marker: string): SourceTree {
  if (!existsSync(source) || !statSync(source).isDirectory())
    throw new Error(`${source}: not a directory (a git directory or a checkout of ${repo})`);
  if (rev === undefined && existsSync(join(source, marker))) return checkoutSourceTree(source, repo);
  return gitSourceTree(source, rev ?? "HEAD", repo);
}

/** One revision of a source repository. */
export interface SourceTree {
  list(dir: string): string[];
  read(path: string): string;
  /** Where the files came from, for the imported data's README or header. */
  origin: string;
}

/** `rev` of the git directory `gitDir`; `repo` is the GitHub owner/name named in `origin`. */
export function gitSourceTree(gitDir: string, rev: string, repo: string): SourceTree {
  const git = (args: string[]) =>
    execFileSync("git", ["-C", gitDir, ...args], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const commit = git(["rev-parse", `${rev}^{commit}`]).trim();
  const date = git(["show", "-s", "--format=%cI", commit]).trim();
  return {
    list: (dir) =>
      git(["ls-tree", "--name-only", `${commit}:${dir}`])
        .split("\n")
        .filter(Boolean),
    read: (path) => git(["show", `${commit}:${path}`]),
    origin: `github.com/${repo}, commit ${commit} (${date})`,
  };
}

/** The files under `root`, named by its HEAD commit when it has git metadata. */
export function checkoutSourceTree(root: string, repo: string): SourceTree {
  let commit = "";
  try {
    commit = execFileSync("git", ["-C", root, "rev-parse", "HEAD"], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
  } catch {
    // A plain copy without git metadata: named by its files only.
  }
  return {
    list: (dir) => readdirSync(join(root, dir)),
    read: (path) => readFileSync(join(root, path), "utf8"),
    origin: commit
      ? `github.com/${repo}, a checkout at commit ${commit}`
      : `a copy of github.com/${repo} (no git metadata)`,
  };
}
