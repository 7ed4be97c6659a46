import { execFile } from "node:child_process";

/**
 * Run one of the reference-server (npm buttplug-wasm) scripts in a child process through tsx:
 * the package is an ES module with top-level await and needs browser globals, which jest's runtime
 * cannot give it. Resolves with the JSON value the script prints as its last line on stdout;
 * rejects with the script's stderr when it fails or runs longer than `timeoutMs`.
 */
export function runWasmChild<T>(script: string, timeoutMs: number): Promise<T> {
  return new Promise<T>((resolve, reject) =>
    execFile(
      process.execPath,
      [require.resolve("tsx/cli"), script],
      { timeout: timeoutMs, maxBuffer: 1 << 24 },
      (err, out, errText) =>
        err
          ? reject(new Error(`${err.message}\n${errText}`))
          : resolve(JSON.parse(out.trim().split("\n").at(-1)!) as T),
    ),
  );
}
