/**
 * Protocol error codes (spec: status.md, Error message) and the typed error every part of bpkit
 * throws when the cause should reach a client as an Error message.
 */
export enum ErrorCode {
  /** Something went wrong that fits no other class. */
  Unknown = 0,
  /** Handshake problems: first message not RequestServerInfo, client newer than server. */
  Init = 1,
  /** The client did not ping within MaxPingTime. */
  Ping = 2,
  /** A malformed, unknown or not-allowed message. */
  Msg = 3,
  /** A device could not do what was asked (missing, disconnected, out of range). */
  Device = 4,
}

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
