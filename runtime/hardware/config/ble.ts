/**
 * Bluetooth LE identification facts: UUID spelling, advertised-name wildcards, manufacturer data.
 * Rules follow the reference server's specifier comparison (buttplug_server_device_config
 * specifier.rs): a name match, a wildcard name match, a manufacturer-data match or an
 * advertised-service match each identifies the protocol.
 */

const BASE_UUID_TAIL = "-0000-1000-8000-00805f9b34fb";

/**
 * A UUID in the config's spelling (lower case, dashed, 128-bit). Accepts what BLE stacks report:
 * upper case, no dashes (noble: "6e400001b5a3f393e0a9e50e24dcca9e"), 16-bit ("fff0") and 32-bit
 * short forms. Anything else is returned lower-cased.
 */
export function normalizeUuid(uuid: string): string {
  const u = uuid.trim().toLowerCase();
  const hex = u.replace(/-/g, "");
  if (/^[0-9a-f]{4}$/.test(hex)) return `0000${hex}${BASE_UUID_TAIL}`;
  if (/^[0-9a-f]{8}$/.test(hex)) return `${hex}${BASE_UUID_TAIL}`;
  if (/^[0-9a-f]{32}$/.test(hex)) {
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }
  return u;
}

/** Whether an advertised name matches a config name; `*` matches any run of characters. */
export function nameMatches(pattern: string, name: string): "exact" | "wildcard" | undefined {
  if (pattern === name) return "exact";
  if (!pattern.includes("*")) return undefined;
  const parts = pattern.split("*").map((s) => s.replace(/[.+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`^${parts.join("[\\s\\S]*")}$`).test(name) ? "wildcard" : undefined;
}

/** Manufacturer data as the config lists it (data optional) or as a device advertises it. */
export interface ManufacturerData {
  company: number;
  data?: ArrayLike<number>;
}

function startsWithAt(haystack: ArrayLike<number>, needle: ArrayLike<number>, at: number): boolean {
  for (let i = 0; i < needle.length; i++) if (haystack[at + i] !== needle[i]) return false;
  return true;
}

/**
 * Whether advertised manufacturer data matches a config entry: same company and, when the config
 * lists bytes, the shorter byte string appears inside the longer one (equal when same length).
 */
export function manufacturerDataMatches(config: ManufacturerData, advertised: ManufacturerData): boolean {
  if (config.company !== advertised.company) return false;
  if (!config.data || !advertised.data) return true;
  const [needle, haystack] =
    config.data.length <= advertised.data.length ? [config.data, advertised.data] : [advertised.data, config.data];
  for (let at = 0; at + needle.length <= haystack.length; at++) if (startsWithAt(haystack, needle, at)) return true;
  return false;
}
