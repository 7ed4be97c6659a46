/**
 * Whether a spec v4 OutputCmd / InputCmd fits the feature its device advertised in DeviceList: the
 * one rule the server's v4 handler enforces (answering ERROR_DEVICE) and the log validator checks
 * (reporting a problem). Inputs are read defensively, as a logged DeviceList may be malformed.
 */

/** How a command does not fit its feature. */
export interface FeatureMismatch {
  /** "feature": the feature has no such output/input or command; "range": a value outside the advertised range. */
  rule: "feature" | "range";
  /** The offending field, as a JSON pointer below the message body ("Command/Vibrate/Value", "Type", …). */
  field: string;
  /** What is wrong, e.g. "Vibrate Value 21 is outside the advertised range [0, 20]". */
  text: string;
  expected: unknown;
  actual: unknown;
}

type Fields = Record<string, unknown>;

const isFields = (value: unknown): value is Fields => typeof value === "object" && value !== null;

/** How an OutputCmd's Command (`{ Vibrate: { Value: 10 } }`) does not fit `feature`; [] when it fits. */
export function outputMismatches(feature: { Output?: unknown }, command: unknown): FeatureMismatch[] {
  if (!isFields(command)) return [];
  const type = Object.keys(command)[0];
  if (type === undefined) return [];
  const outputs = isFields(feature.Output) ? feature.Output : {};
  const advertised = outputs[type];
  if (!isFields(advertised)) return [absent("output", type, outputs, `Command/${type}`)];
  const fields = command[type];
  if (!isFields(fields)) return [];
  const mismatches: FeatureMismatch[] = [];
  for (const field of ["Value", "Duration"]) {
    const range = advertised[field];
    const value = fields[field];
    if (isRange(range) && typeof value === "number" && !inRange(value, range)) {
      mismatches.push({
        rule: "range",
        field: `Command/${type}/${field}`,
        text: `${type} ${field} ${value} is outside the advertised range [${range[0]}, ${range[1]}]`,
        expected: range,
        actual: value,
      });
    }
  }
  return mismatches;
}

/** How an InputCmd's Type and Command ("Battery", "Read") do not fit `feature`; [] when they fit. */
export function inputMismatches(feature: { Input?: unknown }, type: string, command: unknown): FeatureMismatch[] {
  const inputs = isFields(feature.Input) ? feature.Input : {};
  const advertised = inputs[type];
  if (!isFields(advertised)) return [absent("input", type, inputs, "Type")];
  const allows = Array.isArray(advertised.Command) ? (advertised.Command as unknown[]) : [];
  // Unsubscribe only undoes a Subscribe, so it is always allowed (the reference does not check it).
  if (command === "Unsubscribe" || allows.includes(command)) return [];
  return [
    {
      rule: "feature",
      field: "Command",
      text: `${type} input does not allow ${String(command)} (allows: ${allows.join(", ") || "nothing"})`,
      expected: allows,
      actual: command,
    },
  ];
}

/** The feature has no `type` output/input: name what it has. */
function absent(kind: "output" | "input", type: string, advertised: Fields, field: string): FeatureMismatch {
  const has = Object.keys(advertised);
  return {
    rule: "feature",
    field,
    text: `has no ${type} ${kind} (has: ${has.join(", ") || "none"})`,
    expected: has,
    actual: type,
  };
}

function isRange(value: unknown): value is [number, number] {
  return Array.isArray(value) && typeof value[0] === "number" && typeof value[1] === "number";
}

/** Inside `range`, whichever way round its ends are written. */
function inRange(value: number, [a, b]: [number, number]): boolean {
  return value >= Math.min(a, b) && value <= Math.max(a, b);
}
