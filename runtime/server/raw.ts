/**
 * Spec v2/v3 raw messages (RawWriteCmd, RawReadCmd, RawSubscribeCmd, RawUnsubscribeCmd). v4 has
 * none, so with --allow-raw-messages a session answers them itself, at the client's version, on the
 * device's RawAccess; without the flag they go up the chain, whose v3 → v4 steps refuse them.
 */
import type { v3, WireMessage } from "../../generated";
import { deviceError } from "../errors";
import { type Logger, logSafe } from "../log";
import { TIMED_OUT, within } from "../timers";
import { errorText } from "../errors";
import type { DeviceManager } from "./device-manager";
import { okReply, replyForError } from "./v4-handler";

/** A raw message (v2 and v3 share their shapes). */
export type RawRequest =
  | { RawWriteCmd: v3.RawWriteCmd }
  | { RawReadCmd: v3.RawReadCmd }
  | { RawSubscribeCmd: v3.RawSubscribeCmd }
  | { RawUnsubscribeCmd: v3.RawUnsubscribeCmd };

const RAW_MESSAGES: ReadonlySet<string> = new Set([
  "RawWriteCmd",
  "RawReadCmd",
  "RawSubscribeCmd",
  "RawUnsubscribeCmd",
]);

/** Whether a message valid at its version is a raw message (its name says so; the schema checked the body). */
export function isRawRequest(message: WireMessage, name: string): message is RawRequest {
  return RAW_MESSAGES.has(name);
}

/** How long a RawReadCmd may wait for the device (ms). */
const RAW_READ_TIMEOUT_MS = 5000;

/** One session's raw messages and the raw endpoints its client subscribed to. */
export class RawMessages {
  /** Subscribed endpoints, as "deviceIndex:endpoint". */
  private readonly subscriptions = new Set<string>();

  constructor(
    private readonly devices: DeviceManager,
    private readonly log: Logger,
  ) {}

  /** Run a schema-valid raw message; resolves with its reply (Ok, RawReading or Error), never rejects. */
  async handle(request: RawRequest, name: string): Promise<WireMessage> {
    const body = Object.values(request)[0];
    const { Id: id, DeviceIndex: deviceIndex, Endpoint: endpoint } = body;
    try {
      const device = this.devices.device(deviceIndex);
      if (!device?.connected) throw deviceError(`${name} (Id ${id}): no device with DeviceIndex ${deviceIndex}`);
      const raw = device.raw;
      if (!raw)
        throw deviceError(`${name} (Id ${id}): DeviceIndex ${deviceIndex} (${device.name}) offers no raw access`);
      if (!raw.endpoints.includes(endpoint)) {
        throw deviceError(
          `${name} (Id ${id}): DeviceIndex ${deviceIndex} (${device.name}) has no endpoint "${endpoint}" (endpoints: ${raw.endpoints.join(", ") || "none"})`,
        );
      }
      const key = `${deviceIndex}:${endpoint}`;
      if ("RawWriteCmd" in request) {
        await raw.write(endpoint, request.RawWriteCmd.Data, request.RawWriteCmd.WriteWithResponse);
      } else if ("RawReadCmd" in request) {
        // WaitForData: BLE reads always answer with what the characteristic holds, so both wait.
        const Data = await raw.read(endpoint, request.RawReadCmd.ExpectedLength, RAW_READ_TIMEOUT_MS);
        return { RawReading: { Id: id, DeviceIndex: deviceIndex, Endpoint: endpoint, Data } };
      } else if ("RawSubscribeCmd" in request) {
        await raw.subscribe(endpoint);
        this.subscriptions.add(key);
      } else {
        this.subscriptions.delete(key);
        await raw.unsubscribe(endpoint);
      }
      return okReply(id);
    } catch (err) {
      return replyForError(id, err);
    }
  }

  /** Bytes from a device's endpoint: a RawReading event (Id 0) when this client subscribed to it. */
  reading(deviceIndex: number, endpoint: string, data: number[]): WireMessage | undefined {
    if (!this.subscriptions.has(`${deviceIndex}:${endpoint}`)) return undefined;
    return { RawReading: { Id: 0, DeviceIndex: deviceIndex, Endpoint: endpoint, Data: data } };
  }

  /** Forget the subscriptions of devices that went away. */
  forgetGoneDevices(): void {
    for (const key of [...this.subscriptions]) {
      if (!this.devices.device(Number(key.slice(0, key.indexOf(":"))))) this.subscriptions.delete(key);
    }
  }

  /** Unsubscribe every endpoint this client subscribed to (session end), waiting at most `timeoutMs`. */
  async end(timeoutMs: number): Promise<void> {
    if (this.subscriptions.size === 0) return;
    const pending = [...this.subscriptions].map(async (key) => {
      const split = key.indexOf(":");
      const index = Number(key.slice(0, split));
      const endpoint = key.slice(split + 1);
      const raw = this.devices.device(index)?.raw;
      if (!raw) return;
      try {
        await raw.unsubscribe(endpoint);
      } catch (err) {
        this.log.warn(`device ${index}: raw unsubscribe of ${logSafe(endpoint)} failed: ${errorText(err)}`);
      }
    });
    this.subscriptions.clear();
    if ((await within(Promise.all(pending), timeoutMs)) === TIMED_OUT)
      this.log.warn(`raw unsubscribes still unanswered after ${timeoutMs} ms`);
  }
}
