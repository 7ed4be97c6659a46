/**
 * The token that guards what can drive hardware from beyond loopback (the dashboard and its event
 * stream, the repeater): made once at start-up, printed in the URL, compared in constant time.
 */
import { randomBytes, timingSafeEqual } from "node:crypto";

/** A fresh token for one server run. */
export const newAccessToken = (): string => randomBytes(16).toString("hex");

/** Whether `given` equals the token, in time that does not depend on where they differ. */
export function tokenMatches(given: string | null, token: string): boolean {
  const a = Buffer.from(given ?? "");
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}
