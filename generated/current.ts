// generated — do not edit. Source: schema/v4/. Regenerate with `npm run generate`.
// The spec version the server speaks inside: the newest one in schema/. Runtime code imports the
// inside version's types and validators from here, never by number, so moving the inside to a
// newer version is a regeneration plus the new boundary's translation bodies.
export * from "./v4";

/** The inside version's number. */
export const INSIDE_VERSION = 4 as const;

/** The inside version's number as a type. */
export type InsideVersion = typeof INSIDE_VERSION;
