/**
 * Validation of device-config files with the precompiled validators `npm run generate` writes from
 * schema/device-config/ (no schema compilation at run time), and the translation of ajv's errors
 * into ConfigIssues with JSON pointers.
 */
import * as validators from "../../../generated/device-config/validators";
import type { ConfigIssue } from "./errors";

/** The part of an ajv error this module reads. */
interface AjvError {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}

type Validator = ((data: unknown) => boolean) & { errors?: AjvError[] | null };

function issuesOf(validate: Validator, data: unknown): ConfigIssue[] {
  if (validate(data)) return [];
  return (validate.errors ?? []).map(toIssue);
}

function toIssue(e: AjvError): ConfigIssue {
  const p = e.params;
  switch (e.keyword) {
    case "required":
      return { pointer: e.instancePath, message: `missing required property "${String(p.missingProperty)}"` };
    case "additionalProperties":
      return {
        pointer: `${e.instancePath}/${String(p.additionalProperty).replace(/~/g, "~0").replace(/\//g, "~1")}`,
        message: `unknown property "${String(p.additionalProperty)}"`,
      };
    case "enum":
      return { pointer: e.instancePath, message: `must be one of ${JSON.stringify(p.allowedValues)}` };
    default:
      return { pointer: e.instancePath, message: e.message ?? e.keyword };
  }
}

/** Schema problems of an official (v4) device-config document; [] when valid. */
export function deviceConfigIssues(data: unknown): ConfigIssue[] {
  return issuesOf(validators.DeviceConfigFile as Validator, data);
}

/** Schema problems of a user device-config document (v4 or v2 layout); [] when valid. */
export function userDeviceConfigIssues(data: unknown): ConfigIssue[] {
  return issuesOf(validators.UserDeviceConfigFile as Validator, data);
}
