// generated — do not edit. Source: schema/v4/. Regenerate with `npm run generate`.
// The spec version the server speaks inside: the newest one in schema/. Runtime code imports the
// inside version's types (and enums such as ErrorCode) from here, never by number, so moving the
// inside to a newer version is a regeneration plus the new boundary's translation bodies. Types
// only: importing this loads no validators (the browser client uses it); the registry has those.
export * from "./v4/types";

/** The inside version's number. */
export const INSIDE_VERSION = 4 as const;

/** The inside version's number as a type. */
export type InsideVersion = typeof INSIDE_VERSION;
