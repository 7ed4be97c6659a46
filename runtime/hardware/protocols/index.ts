/**
 * The protocol registry: every implemented protocol by its device-config key.
 * One import and one table line per protocol, both kept alphabetical, so adding a protocol is a
 * two-line edit.
 */
import type { Protocol } from "../protocol";
import { lovense } from "./lovense";

const PROTOCOLS: readonly Protocol[] = [
  lovense,
];

const BY_NAME: ReadonlyMap<string, Protocol> = new Map(PROTOCOLS.map((p) => [p.name, p]));

/** The protocol implementation for a device-config protocol key, or undefined when bpkit has none. */
export function getProtocol(name: string): Protocol | undefined {
  return BY_NAME.get(name);
}

/** Device-config protocol keys bpkit implements, sorted. */
export function implementedProtocols(): string[] {
  return [...BY_NAME.keys()].sort();
}
