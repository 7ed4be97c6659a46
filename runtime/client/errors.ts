/**
 * Errors the client API throws. Every one is a ButtplugError (runtime/errors.ts) carrying the
 * protocol's ErrorCode, so `err.code` answers "what kind of failure" whether the server sent an
 * Error message or the client refused a command before sending it.
 */
import type { inside } from "../../generated";
import { ButtplugError, ErrorCode } from "../errors";

/** Base of every client error: the ErrorCode, and the Id of the message it concerns (if any). */
export class ButtplugClientError extends ButtplugError {
  constructor(
    code: ErrorCode,
    message: string,
    /** Id of the request this error answers (undefined when no message was involved). */
    readonly messageId?: number,
  ) {
    super(code, message);
    this.name = "ButtplugClientError";
  }
}

/** A client error class with a fixed ErrorCode and name: what each class below adds to the base. */
type CodedErrorClass = new (message: string, messageId?: number) => ButtplugClientError;

function codedError(code: ErrorCode, name: string): CodedErrorClass {
  return class extends ButtplugClientError {
    constructor(message: string, messageId?: number) {
      super(code, message, messageId);
      this.name = name;
    }
  };
}

/** ERROR_INIT: the handshake failed (server refused the version, first message not accepted). */
export class ButtplugInitError extends codedError(ErrorCode.Init, "ButtplugInitError") {}

/** ERROR_PING: the server reports that the ping watchdog ran out. */
export class ButtplugPingError extends codedError(ErrorCode.Ping, "ButtplugPingError") {}

/** ERROR_MSG: a malformed, unknown or not-allowed message (either direction). */
export class ButtplugMessageError extends codedError(ErrorCode.Msg, "ButtplugMessageError") {}

/** ERROR_DEVICE: a device cannot do what was asked (missing feature, value out of range, gone). */
export class ButtplugDeviceError extends codedError(ErrorCode.Device, "ButtplugDeviceError") {}

/** ERROR_UNKNOWN: anything else the server reported. */
export class ButtplugUnknownError extends codedError(ErrorCode.Unknown, "ButtplugUnknownError") {}

/** No reply arrived within the client's reply timeout. */
export class ButtplugTimeoutError extends codedError(ErrorCode.Unknown, "ButtplugTimeoutError") {}

/** The client is not connected, the connection could not be opened, or it closed while waiting. */
export class ButtplugConnectionError extends codedError(ErrorCode.Unknown, "ButtplugConnectionError") {}

/** The typed error for a server Error message (any spec version: Error has one shape). */
export function errorFromMessage(error: inside.Error, request?: string): ButtplugClientError {
  const text = request ? `${request} (Id ${error.Id}): ${error.ErrorMessage}` : error.ErrorMessage;
  switch (error.ErrorCode) {
    case ErrorCode.Init:
      return new ButtplugInitError(text, error.Id);
    case ErrorCode.Ping:
      return new ButtplugPingError(text, error.Id);
    case ErrorCode.Msg:
      return new ButtplugMessageError(text, error.Id);
    case ErrorCode.Device:
      return new ButtplugDeviceError(text, error.Id);
    default:
      return new ButtplugUnknownError(text, error.Id);
  }
}
