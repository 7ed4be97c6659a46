/** Adapters that present older (v3, v2) servers through the v4 client API (see v3.ts for why they are hand-written). */
export { V3Codec, legacyDeviceFromV3, stepToUnit } from "./v3";
export { V2Codec, v3DeviceFromV2 } from "./v2";
