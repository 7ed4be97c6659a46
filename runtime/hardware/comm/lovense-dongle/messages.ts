/**
 * The Lovense USB dongle's protocol (facts from the reference's lovense_dongle hardware manager):
 * one JSON object per line, "\r\n"-terminated, both ways. The host sends
 * `{"type":"toy","func":"search"}` to look for toys, `{"type":"usb","func":"stopSearch"}`,
 * `{"type":"toy","func":"statuss"}` (is a toy already connected?) and
 * `{"type":"toy","func":"command","id":<toy id>,"cmd":"Vibrate:5;"}` (a toy command); the dongle
 * answers with `func` "search" / "stopSearch" and a `result` code, "toyData" carrying a found toy's
 * id or a toy's reply in `data.data`, and "status" with a toy's connection status.
 *
 * Serial variant: a CH340 USB serial adapter (vendor 1a86, product 7523) at 115200 baud, lines as
 * text. HID variant (vendor 1915, product 520a): 65-byte output reports (report id 0, 63 text
 * bytes, zero padded); input reports carry text padded with zero bytes.
 */

/** Result and status codes (reference LovenseDongleResultCode). */
export const DongleResult = {
  DongleInitialized: 100,
  CommandSuccess: 200,
  DeviceConnectInProgress: 201,
  DeviceConnectSuccess: 202,
  SearchStarted: 205,
  SearchStopped: 206,
  MalformedMessage: 400,
  DeviceConnectionFailed: 402,
  DeviceDisconnected: 403,
  DeviceNotFound: 404,
  DongleScanningInterruption: 501,
} as const;

/** A message to the dongle. */
export interface DongleOutgoing {
  type: "usb" | "toy";
  func: "reset" | "init" | "search" | "stopSearch" | "statuss" | "command" | "connect";
  id?: string;
  cmd?: string;
  eager?: number;
}

/** A message from the dongle. */
export interface DongleIncoming {
  type: "usb" | "toy";
  func: string;
  id?: string;
  cmd?: string;
  result?: number;
  data?: { id?: string; data?: string; status?: number };
  message?: string;
}

/** USB ids of the dongle variants. */
export const SERIAL_DONGLE = { vendorId: 0x1a86, productId: 0x7523, baudRate: 115200 } as const;
export const HID_DONGLE = { vendorId: 0x1915, productId: 0x520a } as const;

/** Bytes of a HID output report, report id included. */
export const HID_REPORT_LENGTH = 65;

/** One message as a line on the wire (either direction). */
export function encodeDongleMessage(message: DongleOutgoing | DongleIncoming): string {
  return `${JSON.stringify(message)}\r\n`;
}

/** A line as HID output reports: report id 0, up to 63 bytes of text, zero padding (reference). */
export function hidReports(line: string): number[][] {
  const bytes = Buffer.from(line, "utf8");
  const reports: number[][] = [];
  for (let start = 0; start < bytes.length; start += HID_REPORT_LENGTH - 2) {
    const report = new Array<number>(HID_REPORT_LENGTH).fill(0);
    for (const [i, b] of bytes.subarray(start, start + HID_REPORT_LENGTH - 2).entries()) report[i + 1] = b;
    reports.push(report);
  }
  return reports;
}

/** A dongle message from a line, or undefined when the line is not one (logged by the caller). */
export function parseDongleLine(line: string): DongleIncoming | undefined {
  const text = line.trim();
  if (text === "") return undefined;
  try {
    const value = JSON.parse(text) as unknown;
    if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
    const message = value as Partial<DongleIncoming>;
    if (typeof message.func !== "string") return undefined;
    return message as DongleIncoming;
  } catch {
    return undefined;
  }
}

/**
 * Splits a byte stream into text lines. HID reports are zero padded, so zero bytes are dropped
 * before splitting.
 */
export class LineSplitter {
  private pending = "";

  /** Feed bytes; returns the complete lines they finish (without their line end). */
  push(data: Uint8Array): string[] {
    this.pending += Buffer.from(data.filter((b) => b !== 0)).toString("utf8");
    const lines = this.pending.split("\n");
    this.pending = lines.pop()!;
    return lines.map((l) => l.replace(/\r$/, ""));
  }
}
