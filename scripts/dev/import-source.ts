/**
 * Read-only access to one revision of a reference repository, for the `bpkit dev import-*` scripts:
 * a git directory (read with `git show REV:path`) or a checkout (read from its files).
 */
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

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
