/**
 * Where the message tables of each spec version this build of the client speaks come from. Node and
 * the ES module bundle speak v2–v4, each table loaded when a connection first needs it. Each classic
 * script of the browser build (scripts/build-browser.js, bpkit-client-vN.iife.js) replaces this
 * module with one naming its single version, so that script carries that version's validators only.
 */
export const specVersionTables = {
  2: () => import("../../generated/v2/registry"),
  3: () => import("../../generated/v3/registry"),
  4: () => import("../../generated/v4/registry"),
} as const;
