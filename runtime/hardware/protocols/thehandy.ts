/**
 * The Handy (firmware 2/3, "handyplug"): commands are protobuf messages written to tx with
 * response. A move is Payload { Messages: [Message { LinearCmd { Id: 2, DeviceIndex: 0,
 * Vectors: [{ Index: 0, Duration: ms, Position: 0.0–1.0 (double) }] } }] }, the position being
 * the step value / 100. The reference sends no handshake (its protocomm session setup never runs).
 */
import { defineProtocol, write } from "../protocol";

import { doubleField, messageField, uint32Field } from "./protobuf";

const NAME = "thehandy";

/** handyplug field numbers (handyplug.proto). */
const PAYLOAD_MESSAGES = 1;
const MESSAGE_PING = 102;
const MESSAGE_LINEAR_CMD = 403;

/** Payload { Messages: [Message { <oneof field>: body }] }. */
const payload = (oneofField: number, body: number[]): number[] =>
  messageField(PAYLOAD_MESSAGES, messageField(oneofField, body));

/** The handyplug LinearCmd payload for one move: position 0–100, duration in ms. */
export function handyLinearPayload(position: number, durationMs: number): number[] {
  const vector = [...uint32Field(1, 0), ...uint32Field(2, durationMs), ...doubleField(3, position / 100)];
  const linear = [...uint32Field(1, 2), ...uint32Field(2, 0), ...messageField(3, vector)];
  return payload(MESSAGE_LINEAR_CMD, linear);
}

/**
 * The handyplug Ping { Id: 999 } payload. The reference repeats it only when the OS requires
 * keepalives (iOS backgrounding), which no bpkit transport does; exported for transports that will.
 */
export const HANDY_PING = payload(MESSAGE_PING, uint32Field(1, 999));

/** The Handy protocol (handyplug over BLE). */
export const thehandy = defineProtocol({
  name: NAME,
  create: () => ({
    hwPositionWithDuration: (_index, position, durationMs) => [
      write("tx", handyLinearPayload(position, durationMs), true),
    ],
  }),
});
