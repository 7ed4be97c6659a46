/** Adapters that present older servers through the v4 client API (see v3.ts for why they are hand-written). */
export { V3Codec, legacyDeviceFromV3, stepToUnit } from "./v3";
