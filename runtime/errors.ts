/**
 * Protocol error codes (spec: status.md, Error message) and the typed error every part of bpkit
 * throws when the cause should reach a client as an Error message.
 */
import { ErrorCode } from "../generated/current";

/**
 * Protocol error codes, defined by schema/common.json (generated): Unknown (fits no other class),
 * Init (handshake: first message not RequestServerInfo, client newer than server), Ping (no Ping
 * within MaxPingTime), Msg (a malformed, unknown or not-allowed message), Device (a device could not
 * do what was asked: missing, disconnected, out of range).
 */
export { ErrorCode };

/** An error that carries the Buttplug ErrorCode a server should answer with. */
export class ButtplugError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "ButtplugError";
  }
}

export const initError = (message: string) => new ButtplugError(ErrorCode.Init, message);
export const pingError = (message: string) => new ButtplugError(ErrorCode.Ping, message);
export const messageError = (message: string) => new ButtplugError(ErrorCode.Msg, message);
export const deviceError = (message: string) => new ButtplugError(ErrorCode.Device, message);

/** The text of anything thrown: an Error's message, or the thrown value as a string. */
export function errorText(thrown: unknown): string {
  return thrown instanceof Error ? thrown.message : String(thrown);
}
