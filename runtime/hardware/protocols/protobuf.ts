/**
 * The few pieces of the protobuf wire format The Handy's protocols need (thehandy, thehandy-v3):
 * varints, uint32 / bool / float / double scalars and embedded messages. proto3 leaves a scalar
 * out when it has its default value (0, false, 0.0), as prost does; an embedded message that is
 * set is always written, even when empty.
 */

const VARINT = 0;
const FIXED64 = 1;
const LENGTH_DELIMITED = 2;
const FIXED32 = 5;

/** A base-128 varint (unsigned, up to 2^53). */
export function varint(n: number): number[] {
  const out: number[] = [];
  let rest = n;
  while (rest >= 0x80) {
    out.push((rest % 0x80) | 0x80);
    rest = Math.floor(rest / 0x80);
  }
  out.push(rest);
  return out;
}

const tag = (field: number, wireType: number): number[] => varint(field * 8 + wireType);

/** A uint32 (or enum) field; left out at 0. */
export const uint32Field = (field: number, value: number): number[] =>
  value === 0 ? [] : [...tag(field, VARINT), ...varint(value)];

/** A bool field; left out when false. */
export const boolField = (field: number, value: boolean): number[] => (value ? [...tag(field, VARINT), 1] : []);

/** A float field (32-bit little-endian IEEE 754); left out at 0.0. */
export function floatField(field: number, value: number): number[] {
  if (Math.fround(value) === 0) return [];
  const bytes = new Uint8Array(4);
  new DataView(bytes.buffer).setFloat32(0, value, true);
  return [...tag(field, FIXED32), ...bytes];
}

/** A double field (64-bit little-endian IEEE 754); left out at 0.0. */
export function doubleField(field: number, value: number): number[] {
  if (value === 0) return [];
  const bytes = new Uint8Array(8);
  new DataView(bytes.buffer).setFloat64(0, value, true);
  return [...tag(field, FIXED64), ...bytes];
}

/** An embedded message field (its encoded body, length-prefixed). */
export const messageField = (field: number, body: number[]): number[] => [
  ...tag(field, LENGTH_DELIMITED),
  ...varint(body.length),
  ...body,
];
