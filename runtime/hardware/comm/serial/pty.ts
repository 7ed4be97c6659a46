/**
 * Pseudo-terminal pairs made by socat (`socat -d -d pty,raw,echo=0 pty,raw,echo=0`): two real
 * ttys wired back to back. One end is a serial port bpkit (or Intiface) opens like a USB serial
 * device; a simulated device answers on the other. Used by `bpkit simulate <device> --pty` and
 * by the serial tests. The pair disappears when socat ends, as a device does when unplugged.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { errorText } from "../../../errors";

/** A live pty pair. */
export interface PtyPair {
  /** The end to hand to bpkit or Intiface (a serial device's port). */
  readonly devicePort: string;
  /** The end the simulated device opens. */
  readonly simulatorPort: string;
  /** End socat: both ttys go away. */
  close(): Promise<void>;
  /** Resolves when socat has ended (by close() or on its own). */
  readonly ended: Promise<void>;
}

/** Start socat and wait for both pty paths; rejects with an install hint when socat is missing. */
export function createPtyPair(timeoutMs = 5000): Promise<PtyPair> {
  return new Promise((resolve, reject) => {
    let child: ChildProcess;
    try {
      child = spawn("socat", ["-d", "-d", "pty,raw,echo=0", "pty,raw,echo=0"], { stdio: ["ignore", "ignore", "pipe"] });
    } catch (error) {
      reject(new Error(`cannot start socat: ${errorText(error)}`));
      return;
    }
    const ended = new Promise<void>((done) => child.once("exit", () => done()));
    let stderr = "";
    let settled = false;
    const fail = (message: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.kill();
      reject(new Error(message));
    };
    const timer = setTimeout(
      () => fail(`socat did not report two ptys within ${timeoutMs} ms: ${stderr.trim()}`),
      timeoutMs,
    );
    child.once("error", (error: NodeJS.ErrnoException) =>
      fail(
        error.code === "ENOENT"
          ? "socat is not installed (Debian/Ubuntu: apt-get install socat; macOS: brew install socat)"
          : `socat: ${error.message}`,
      ),
    );
    child.once("exit", (code) => fail(`socat exited (${code}) before reporting its ptys: ${stderr.trim()}`));
    child.stderr!.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
      const paths = [...stderr.matchAll(/PTY is (\S+)/g)].map((m) => m[1]!);
      if (paths.length < 2 || settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({
        devicePort: paths[0]!,
        simulatorPort: paths[1]!,
        ended,
        close: async () => {
          if (child.exitCode === null && child.signalCode === null) child.kill();
          await ended;
        },
      });
    });
  });
}
