/**
 * The Handy (firmware 4+) and The Oh!: protobuf RPC over BLE. Every command is an RpcMessage
 * { type: REQUEST, request: Request { id, params } } written to tx with response; ids count up
 * from 0 per connection (id 0 is a proto3 default, so the first request carries none).
 *
 * - HwPositionWithDuration → RequestHdspXpTSet { xp: position / 100 (float), t: ms, stop_on_target: true }
 * - Vibrate (The Oh!) → RequestHvpSet { amplitude: speed / 100 (float), frequency: 100 }, 0 → RequestHvpStop
 *
 * Init subscribes to rx, then asks for the battery (request id 1) and the capabilities (id 2),
 * each written without response and followed by a wait for the reply, whose content is not used.
 * The configuration is the second `_`-separated part of the advertised name ("OHD_hw1_…" → "hw1").
 */
import { defineProtocol, type HardwareLink, type ProtocolMethods, write } from "../protocol";
import { boolField, floatField, messageField, uint32Field } from "./protobuf";

const NAME = "thehandy-v3";

/** How long init waits for each reply before going on without it. */
const REPLY_TIMEOUT_MS = 5000;

/** hdy_rpc field numbers. */
const MESSAGE_TYPE_REQUEST = 1;
const RPC_TYPE = 1;
const RPC_REQUEST = 2;
const REQUEST_ID = 2;
const PARAMS_BATTERY_GET = 710;
const PARAMS_CAPABILITIES_GET = 713;
const PARAMS_HDSP_XP_T_SET = 744;
const PARAMS_HVP_SET = 900;
const PARAMS_HVP_STOP = 901;

/** RpcMessage { type: REQUEST, request: { id, <params field>: body } }. */
export function handyRequest(id: number, paramsField: number, body: number[]): number[] {
  const request = [...uint32Field(REQUEST_ID, id), ...messageField(paramsField, body)];
  return [...uint32Field(RPC_TYPE, MESSAGE_TYPE_REQUEST), ...messageField(RPC_REQUEST, request)];
}

/** The identifier the reference derives from the name: its second `_` part when it has three or more. */
export function handyV3Identifier(name: string): string {
  const bits = name.split("_");
  return bits.length > 2 ? bits[1] : "unknown";
}

class TheHandyV3 implements ProtocolMethods {
  /** Request ids count up from 0 over every request after init. */
  private seq = 0;

  hwPositionWithDuration(_index: number, position: number, duration: number) {
    const body = [...floatField(1, position / 100), ...uint32Field(2, duration), ...boolField(3, true)];
    return [write("tx", handyRequest(this.seq++, PARAMS_HDSP_XP_T_SET, body), true)];
  }

  vibrate(_index: number, speed: number) {
    const request =
      speed === 0
        ? handyRequest(this.seq++, PARAMS_HVP_STOP, [])
        : handyRequest(this.seq++, PARAMS_HVP_SET, [
            ...floatField(1, speed / 100),
            ...uint32Field(2, 100),
            ...floatField(3, 0),
          ]);
    return [write("tx", request, true)];
  }

  async initialize(link: HardwareLink): Promise<void> {
    await link.execute({ kind: "subscribe", endpoint: "rx" });
    for (const [id, params] of [
      [1, PARAMS_BATTERY_GET],
      [2, PARAMS_CAPABILITIES_GET],
    ]) {
      await link.execute(write("tx", handyRequest(id, params, []), false));
      // The reply (battery level, capabilities) is only logged by the reference.
      await link.nextNotification("rx", REPLY_TIMEOUT_MS).catch(() => undefined);
    }
  }
}

/** The Handy v3 protocol (Handy 2, The Oh!). */
export const thehandyV3 = defineProtocol({
  name: NAME,
  identify: async (link) => handyV3Identifier(link.name),
  create: () => new TheHandyV3(),
});
