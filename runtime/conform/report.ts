/** Results of `bpkit conform`, as a table or JSON, and the exit status they give. */

export type CheckStatus = "pass" | "fail" | "skip";

/** One check at one version (server mode) or one judged rule (client mode). */
export interface CheckResult {
  check: string;
  title: string;
  /** The spec section it checks. */
  spec: string;
  /** The spec version of the session; null for client-mode rules judged over a whole session. */
  version: number | null;
  status: CheckStatus;
  /** Why it failed or was skipped, with the offending frame. */
  reason?: string;
}

export interface Summary {
  pass: number;
  fail: number;
  skip: number;
}

export function summarize(results: readonly CheckResult[]): Summary {
  const summary: Summary = { pass: 0, fail: 0, skip: 0 };
  for (const r of results) summary[r.status]++;
  return summary;
}

/** 0 when nothing failed, 1 otherwise (2, usage, is the CLI's). */
export function exitStatus(results: readonly CheckResult[]): 0 | 1 {
  return results.some((r) => r.status === "fail") ? 1 : 0;
}

/** A plain-text table: check, version, status, reason (wrapped under the row). */
export function formatTable(results: readonly CheckResult[]): string {
  const width = Math.max(5, ...results.map((r) => r.check.length));
  const lines = [`${"check".padEnd(width)}  ver  result  reason`, `${"-".repeat(width)}  ---  ------  ------`];
  for (const r of results) {
    const version = r.version === null ? "-" : `v${r.version}`;
    lines.push(`${r.check.padEnd(width)}  ${version.padEnd(3)}  ${r.status.padEnd(6)}  ${r.reason ?? ""}`.trimEnd());
  }
  const s = summarize(results);
  lines.push("", `${s.pass} passed, ${s.fail} failed, ${s.skip} skipped`);
  return lines.join("\n");
}
