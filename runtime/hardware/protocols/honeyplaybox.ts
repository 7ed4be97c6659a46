import { createHash } from "node:crypto";
import type { inside } from "../../../generated";
import { deviceError } from "../../errors";
import { write, type HardwareLink, defineProtocol } from "../protocol";
import { batteryReading, u8 } from "./helpers";

/** Frame start: STX then the five flag bytes. */
const FRAME_HEAD = [0x02, 0xa5, 0x5a, 0x55, 0xaa, 0xf0];
const ETX = 0x03;
/** Shared secret mixed into every vibrate frame's MD5 signature. */
const SECRET = [0x8b, 0xe3, 0xfd, 0x04, 0x68, 0x35, 0x09, 0x86, 0x12, 0x1a, 0xbf, 0x03, 0x30, 0xe9, 0xe3, 0xc5];
/** Handshake attempts after the first before initialization fails. */
export const HONEY_PLAYBOX_COMMAND_RETRY = 3;
/** The state frame is repeated after this much silence (ms). */
export const HONEY_PLAYBOX_KEEPALIVE_DELAY_MS = 500;
/** Answer code of a successful handshake. */
const HANDSHAKE_OK = 0x9000;

/** CRC-16/MODBUS (reflected polynomial a001, initial ffff). */
export function crc16Modbus(data: readonly number[]): number {
  let crc = 0xffff;
  for (const b of data) {
    crc ^= b;
    for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? (crc >> 1) ^ 0xa001 : crc >> 1;
  }
  return crc;
}

/** `02 a5 5a 55 aa f0 counter type cmd len(BE16) data 03 crc(BE16)`, crc over type…data. */
export function honeyPlayBoxFrame(type: number, cmd: number, data: readonly number[], counter: number): number[] {
  const body = [type, cmd, (data.length >> 8) & 0xff, data.length & 0xff, ...data];
  const crc = crc16Modbus(body);
  return [...FRAME_HEAD, u8(counter), ...body, ETX, crc >> 8, crc & 0xff];
}

/**
 * The vibrate payload: one 8-byte group per motor — `(motor<<4 | mode 1) 00 05 time(BE16, 60 ×
 * 100 ms) freq(BE16, 0) strength` — then the first 8 bytes of MD5(b1 03 len(BE16) groups secret
 * key), len being the groups' length + 8 and key the 16 bytes from the handshake.
 */
export function honeyPlayBoxVibrateData(key: readonly number[], strengths: readonly number[]): number[] {
  const groups = strengths.flatMap((strength, motor) => [
    ((motor & 0x0f) << 4) | 0x01,
    0x00,
    0x05,
    0x00,
    60,
    0x00,
    0x00,
    strength,
  ]);
  const len = groups.length + 8;
  const digest = createHash("md5")
    .update(Uint8Array.from([0xb1, 0x03, (len >> 8) & 0xff, len & 0xff, ...groups, ...SECRET, ...key]))
    .digest();
  return [...groups, ...Array.from(digest.subarray(0, 8))];
}

/** Reassembles frames from notification chunks (a reply may span several BLE packets). */
export class HoneyPlayBoxFrameCollector {
  private buffer: number[] = [];

  /** Add a chunk; returns the complete frames found so far. */
  push(chunk: ArrayLike<number>): number[][] {
    this.buffer.push(...Array.from(chunk));
    const frames: number[][] = [];
    for (;;) {
      const start = this.findHead();
      if (start < 0) {
        // Keep a tail that may be the start of a header split across notifications.
        this.buffer = this.buffer.slice(-(FRAME_HEAD.length - 1));
        break;
      }
      this.buffer.splice(0, start);
      if (this.buffer.length < 11) break;
      const dataLength = (this.buffer[9] << 8) | this.buffer[10];
      const frameLength = 11 + dataLength + 3;
      if (this.buffer.length < frameLength) break;
      if (this.buffer[11 + dataLength] !== ETX) {
        // Not a frame after all: skip this start byte and look again.
        this.buffer.splice(0, 1);
        continue;
      }
      frames.push(this.buffer.splice(0, frameLength));
      if (this.buffer.length < 11) break;
    }
    return frames;
  }

  private findHead(): number {
    for (let i = 0; i + FRAME_HEAD.length <= this.buffer.length; i++) {
      if (FRAME_HEAD.every((b, j) => this.buffer[i + j] === b)) return i;
    }
    return -1;
  }
}

/** A reply frame's answer code (first two data bytes) and, on success, the 16-byte key after it. */
export function parseHandshakeReply(frame: readonly number[]): { code?: number; key?: number[] } {
  if (frame.length < 15) return {};
  const dataLength = (frame[9] << 8) | frame[10];
  if (frame.length < 11 + dataLength + 3) return {};
  const data = frame.slice(11, 11 + dataLength);
  const code = data.length >= 2 ? (data[0] << 8) | data[1] : undefined;
  const key = dataLength >= 18 ? data.slice(2, 18) : undefined;
  return { code, key };
}

/**
 * Honey Play Box: framed, CRC-checked and MD5-signed commands on `tx`, all written with response.
 * Initialize: subscribe to `rx`, send the handshake `b1 01 [00 10]` (counter 0, +1 per attempt)
 * and wait for a reply frame (three waits of attempt+1 s per attempt, up to three more
 * attempts); answer 9000 carries the 16-byte key that signs every later frame. Every output
 * sends all motor strengths as one `b1 03` vibrate frame with the next counter; the state frame is
 * repeated after 500 ms of silence. Battery: one byte read from `rxblebattery`.
 */
export const honeyplaybox = defineProtocol({
  name: "honeyplaybox",
  create: (definition) => {
    const strengths = definition.features.filter((f) => f.Output != null).map(() => 0);
    let key: number[] | undefined;
    let counter = 0;
    const vibrateFrame = (packetId: number) => {
      if (!key) throw deviceError("Honey Play Box: no handshake key yet (initialize first)");
      return write("tx", honeyPlayBoxFrame(0xb1, 0x03, honeyPlayBoxVibrateData(key, strengths), packetId), true);
    };
    const setStrength = (index: number, level: number) => {
      if (index >= strengths.length)
        throw deviceError(`Honey Play Box has ${strengths.length} motors, no FeatureIndex ${index}`);
      strengths[index] = u8(level);
      counter = u8(counter + 1);
      return [vibrateFrame(counter)];
    };
    const handshake = async (link: HardwareLink) => {
      const collector = new HoneyPlayBoxFrameCollector();
      let timeouts = 0;
      for (;;) {
        await link.execute(write("tx", honeyPlayBoxFrame(0xb1, 0x01, [0x00, 0x10], counter), true));
        counter = u8(counter + 1);
        for (let wait = 0; wait < 3; wait++) {
          let chunk: Uint8Array;
          try {
            chunk = await link.nextNotification("rx", (timeouts + 1) * 1000);
          } catch {
            timeouts++;
            if (timeouts > HONEY_PLAYBOX_COMMAND_RETRY) {
              throw deviceError(
                `Honey Play Box ${link.address}: handshake failed after ${HONEY_PLAYBOX_COMMAND_RETRY} retries`,
              );
            }
            continue;
          }
          for (const frame of collector.push(chunk)) {
            const reply = parseHandshakeReply(frame);
            if (reply.code === HANDSHAKE_OK && reply.key) return reply.key;
            if (reply.code !== undefined && reply.code !== HANDSHAKE_OK) {
              throw deviceError(
                `Honey Play Box ${link.address}: handshake refused, code ${reply.code.toString(16).padStart(4, "0")}`,
              );
            }
          }
        }
      }
    };
    return {
      initialize: async (link) => {
        await link.execute({ kind: "subscribe", endpoint: "rx" });
        key = await handshake(link);
      },
      vibrate: setStrength,
      oscillate: setStrength,
      rotate: (index, speed) => setStrength(index, Math.abs(speed)),
      // The repeat carries the next counter without using it up: the handler is asked on every
      // tick but the frame only goes out after silence, and commands must keep counting from the
      // last frame sent by output().
      keepalive: () =>
        key ? { intervalMs: HONEY_PLAYBOX_KEEPALIVE_DELAY_MS, commands: [vibrateFrame(u8(counter + 1))] } : undefined,
      readInput: async (link, _featureIndex, type) => {
        if (type !== "Battery") throw deviceError(`Honey Play Box has no ${type} input`);
        const data = await link.execute({ kind: "read", endpoint: "rxblebattery", length: 20, timeoutMs: 0 });
        if (data.length < 1) throw deviceError("Honey Play Box: empty battery reading");
        return batteryReading(data[0]) as inside.InputReadingValue;
      },
    };
  },
});
