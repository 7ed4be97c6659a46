/** What a ClientSession needs from its server (options, defaults) and the events it emits. */
import type { SpecVersion } from "../../generated";
import type { Logger } from "../log";
import { INSIDE_VERSION } from "../translation/chain";
import type { DeviceManager } from "./device-manager";

/** The newest spec version bpkit speaks (the version it speaks inside). */
export const SERVER_SPEC_VERSION = INSIDE_VERSION;

/** Default time a connection has to complete the handshake. */
export const DEFAULT_HANDSHAKE_TIMEOUT_MS = 10_000;

/** What a session needs from its server. */
export interface SessionOptions {
  serverName: string;
  /** Milliseconds between client Pings before the session ends; 0 disables the watchdog. */
  maxPingTime: number;
  allowRawMessages: boolean;
  log: Logger;
  devices: DeviceManager;
  /** Milliseconds a connection may take to send RequestServerInfo (default 10000); 0 disables. */
  handshakeTimeoutMs?: number;
  /** How long Disconnect waits for replies already in flight before its Ok (ms, default 5000). */
  stopTimeoutMs?: number;
  /** Most messages one frame may hold (default 1000); a larger frame is refused with one Error. */
  maxMessagesPerFrame?: number;
  /** Most requests waiting for their reply (default 4096); more get ERROR_DEVICE, stops excepted. */
  maxCommandsInFlight?: number;
  /**
   * Called when the handshake is valid: take the server's one client slot, or return why not (the
   * client then gets Error ERROR_INIT with that text and is closed). Default: always granted.
   */
  claimSlot?: () => string | undefined;
}

/** Events of a session. */
export interface ClientSessionEvents {
  /** The handshake succeeded. */
  handshake: (clientName: string, version: SpecVersion) => void;
  /** The session started ending (its devices are being stopped); the client slot is free. */
  ending: (reason: string) => void;
  /** The session is over and its devices have been stopped. */
  end: (reason: string) => void;
  /** A frame as it crossed the wire: "c2s" received from the client, "s2c" sent to it (observers: dashboard, recording). */
  frame: (direction: "c2s" | "s2c", frame: string) => void;
}
