/**
 * Shared bits of the examples: where the server is (argv[2], else BPKIT_URL, else Intiface's
 * default ws://127.0.0.1:12345 — what `npm start` serves) and a timed scan.
 */
import type { ButtplugClient } from "../runtime/client";

/** The server URL: `npx tsx examples/x.ts ws://host:port`, or BPKIT_URL, or ws://127.0.0.1:12345. */
export function serverUrl(): string {
  return process.argv[2] ?? process.env.BPKIT_URL ?? "ws://127.0.0.1:12345";
}

/** Milliseconds from an environment variable, or the default. */
export function envMs(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value >= 0 ? value : fallback;
}

/** Scan for BPKIT_SCAN_MS (default 2000 ms) or until the server's scan ends, whichever is first. */
export async function scan(client: ButtplugClient): Promise<void> {
  const finished = new Promise<void>((resolve) => client.once("scanningFinished", () => resolve()));
  await client.startScanning();
  await Promise.race([finished, new Promise((resolve) => setTimeout(resolve, envMs("BPKIT_SCAN_MS", 2000)))]);
  if (client.isScanning) await client.stopScanning();
}

/** Run an example's main(): print the error and exit 1 if it fails. */
export function run(main: () => Promise<void>): void {
  main().catch((err: unknown) => {
    console.error(`error: ${err instanceof Error ? `${err.name}: ${err.message}` : String(err)}`);
    process.exit(1);
  });
}

/** Wait `ms` milliseconds. */
export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
