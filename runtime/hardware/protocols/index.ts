/**
 * The protocol registry: every implemented protocol by its device-config key.
 * One import and one table line per protocol, both kept alphabetical, so adding a protocol is a
 * two-line edit.
 */
import type { Protocol } from "../protocol";
import { lovense } from "./lovense";
import { magicMotion1 } from "./magic-motion-1";
import { magicMotion2 } from "./magic-motion-2";
import { magicMotion3 } from "./magic-motion-3";
import { magicMotion4 } from "./magic-motion-4";
import { satisfyer } from "./satisfyer";
import { wevibe } from "./wevibe";
import { wevibe8Bit } from "./wevibe-8bit";
import { wevibeChorus } from "./wevibe-chorus";

const PROTOCOLS: readonly Protocol[] = [
  lovense,
  magicMotion1,
  magicMotion2,
  magicMotion3,
  magicMotion4,
  satisfyer,
  wevibe,
  wevibe8Bit,
  wevibeChorus,
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
