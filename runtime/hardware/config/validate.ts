/**
 * Validation of device-config files with the precompiled validators `npm run generate` writes from
 * schema/device-config/ (no schema compilation at run time); ajv's errors become ConfigIssues
 * through the generated converter every validator shares.
 */
import type { ErrorObject } from "ajv";
import { issuesFromErrors } from "../../../generated";
import * as validators from "../../../generated/device-config/validators";
import type { ConfigIssue } from "./errors";

type Validator = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };

function issuesOf(validate: Validator, data: unknown): ConfigIssue[] {
  if (validate(data)) return [];
  return issuesFromErrors(validate.errors, "").map(({ pointer, message }) => ({ pointer, message }));
}

/** Schema problems of an official (v4) device-config document; [] when valid. */
export function deviceConfigIssues(data: unknown): ConfigIssue[] {
  return issuesOf(validators.DeviceConfigFile as Validator, data);
}

/** Schema problems of a user device-config document (v4 or v2 layout); [] when valid. */
export function userDeviceConfigIssues(data: unknown): ConfigIssue[] {
  return issuesOf(validators.UserDeviceConfigFile as Validator, data);
}
