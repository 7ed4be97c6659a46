/**
 * The one argument parser of every `bpkit` command. A command describes its flags as a table
 * (`CommandSpec`); this module tokenizes with node:util's parseArgs, resolves aliases, gives bare
 * values, suggests the nearest flag for a typo, and writes the command's --help from the same table,
 * so a flag exists in exactly one place. Errors read `bpkit <command>: <what>` plus a pointer to
 * --help, exit status 2.
 */
import { parseArgs } from "node:util";

/** One flag of a command. */
export interface Flag {
  /** Name without dashes; Intiface Engine's spelling where Intiface Engine has the flag. */
  name: string;
  /** Other spellings that mean the same (bpkit's own older names). */
  aliases?: readonly string[];
  /** One-letter form (`-h`). */
  short?: string;
  /** Placeholder of the value in --help (`port`); absent: a switch. */
  value?: string;
  /** The flag may also stand alone (`--simulate`); it then takes this value. */
  bareValue?: string;
  /** One line for --help (more lines after "\n" are indented under it). */
  help: string;
  /** --help groups flags under these headings, in order of first appearance. */
  section?: string;
  /**
   * The flag is accepted (a command line written for Intiface Engine runs unchanged) but the
   * feature is not in bpkit (yet): what to tell the user when it is given. Wiring the feature
   * means deleting this line and reading the value.
   */
  unavailable?: string;
}

/** `flags` under one --help heading, the heading written once for the group. */
export function flagSection(heading: string, flags: readonly Omit<Flag, "section">[]): Flag[] {
  return flags.map((flag) => ({ ...flag, section: heading }));
}

/** What a command accepts. */
export interface CommandSpec {
  /** `serve`, `validate`, … (`bpkit` itself: ""). */
  command: string;
  /** Operands after the command, for the usage line (`<file | ->`). */
  operands?: string;
  /** Paragraphs between the usage line and the flags. */
  description?: string;
  flags: readonly Flag[];
  /** How many positional operands are allowed (default 0). */
  maxPositionals?: number;
  /** When set, the first operand is required, and this usage error says what is missing. */
  missingOperand?: string;
  /** Paragraphs after the flags. */
  footer?: string;
}

/** The parsed command line, values keyed by each flag's `name` (never by an alias). */
export interface Parsed {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
  /** Messages for the given flags whose feature is unavailable (`Flag.unavailable`). */
  unavailable: string[];
}

/** A command-line mistake: printed as `bpkit <command>: <message>` with a --help hint, exit status 2. */
export class UsageError extends Error {}

const HELP_FLAG: Flag = { name: "help", short: "h", help: "show this help" };

/** The flags of a spec, with --help. */
function allFlags(spec: CommandSpec): readonly Flag[] {
  return spec.flags.some((f) => f.name === "help") ? spec.flags : [...spec.flags, HELP_FLAG];
}

/** `bpkit serve` / `bpkit` — how a command names itself in messages. */
export function commandName(spec: CommandSpec): string {
  return spec.command ? `bpkit ${spec.command}` : "bpkit";
}

/** Levenshtein distance, for "did you mean". */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** The candidate nearest to `word` if it is near enough to be a typo (or `word` is a prefix of it). */
export function suggest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = candidate.startsWith(word) && word.length >= 3 ? 0.5 : distance(word, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= Math.max(2, Math.floor(word.length / 4)) ? best : undefined;
}

/** ` (did you mean X?)` or "". */
export function didYouMean(word: string, candidates: Iterable<string>, prefix = ""): string {
  const near = suggest(word, candidates);
  return near === undefined ? "" : ` (did you mean ${prefix}${near}?)`;
}

/** Parse `argv` for `spec`; throws UsageError. `values.help` is true for --help / -h. */
export function parseCommandLine(spec: CommandSpec, argv: readonly string[]): Parsed {
  const flags = allFlags(spec);
  const byName = new Map<string, Flag>();
  for (const flag of flags) for (const name of [flag.name, ...(flag.aliases ?? [])]) byName.set(name, flag);
  const byShort = new Map(flags.filter((f) => f.short).map((f) => [f.short!, f]));
  // A flag with a bare value may stand alone: give it its value so the tokenizer sees one.
  const args = argv.map((arg, i) => {
    const flag = arg.startsWith("--") && !arg.includes("=") ? byName.get(arg.slice(2)) : undefined;
    const next = argv[i + 1];
    return flag?.bareValue !== undefined && (next === undefined || next.startsWith("-"))
      ? `${arg}=${flag.bareValue}`
      : arg;
  });
  const options: Record<string, { type: "string" | "boolean"; short?: string }> = {};
  for (const [name, flag] of byName) options[name] = { type: flag.value ? "string" : "boolean" };
  for (const [short, flag] of byShort) options[flag.name] = { ...options[flag.name]!, short };
  const { tokens } = parseArgs({ args, options, strict: false, allowPositionals: true, tokens: true });
  const parsed: Parsed = { values: {}, positionals: [], unavailable: [] };
  for (const token of tokens) {
    if (token.kind === "positional") {
      parsed.positionals.push(token.value);
      continue;
    }
    if (token.kind !== "option") continue;
    const flag = byName.get(token.name) ?? byShort.get(token.name);
    const written = token.rawName;
    if (!flag) {
      const near = token.rawName.startsWith("--") ? didYouMean(token.name, byName.keys(), "--") : "";
      throw new UsageError(`unknown option '${written}'${near}`);
    }
    if (flag.value) {
      if (
        token.value === undefined ||
        (token.inlineValue === false && token.value.startsWith("-") && !/^-\d/.test(token.value))
      ) {
        throw new UsageError(`${written} needs a value (${written} <${flag.value}>)`);
      }
      parsed.values[flag.name] = token.value;
    } else {
      if (token.inlineValue) throw new UsageError(`${written} takes no value`);
      parsed.values[flag.name] = true;
    }
    if (flag.unavailable && !parsed.unavailable.some((u) => u.startsWith(`--${flag.name}:`))) {
      parsed.unavailable.push(`--${flag.name}: ${flag.unavailable}; the flag is ignored`);
    }
  }
  if (!parsed.values.help && spec.missingOperand !== undefined && parsed.positionals.length === 0) {
    throw new UsageError(spec.missingOperand);
  }
  const max = spec.maxPositionals ?? 0;
  if (!parsed.values.help && parsed.positionals.length > max) {
    const extra = parsed.positionals[max]!;
    throw new UsageError(
      max === 0
        ? `unexpected argument '${extra}'${spec.command === "" ? "" : " (this command takes options only)"}`
        : `unexpected extra argument '${extra}'`,
    );
  }
  return parsed;
}

/** An integer flag's value, or `fallback` when absent; UsageError outside min…max. */
export function integerFlag(parsed: Parsed, name: string, fallback: number, min: number, max: number): number;
export function integerFlag(
  parsed: Parsed,
  name: string,
  fallback: undefined,
  min: number,
  max: number,
): number | undefined;
export function integerFlag(
  parsed: Parsed,
  name: string,
  fallback: number | undefined,
  min: number,
  max: number,
): number | undefined {
  const text = parsed.values[name];
  if (text === undefined || typeof text === "boolean") return fallback;
  if (!/^\d+$/.test(text)) throw new UsageError(`--${name}: expected an integer, got '${text}'`);
  const value = Number(text);
  if (value < min || value > max) throw new UsageError(`--${name}: ${value} is outside ${min}…${max}`);
  return value;
}

/** A positive number flag's value (fractions allowed), or `fallback` when absent; UsageError above `max`. */
export function positiveNumberFlag(parsed: Parsed, name: string, fallback: number, max = Infinity): number {
  const text = stringFlag(parsed, name);
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!(value > 0 && value <= max)) {
    const range = max === Infinity ? "above 0" : `above 0 and at most ${max}`;
    throw new UsageError(`--${name}: expected a number ${range}, got '${text}'`);
  }
  return value;
}

/** A string flag's value (undefined when absent). */
export function stringFlag(parsed: Parsed, name: string): string | undefined {
  const value = parsed.values[name];
  return typeof value === "string" ? value : undefined;
}

/** The value of a flag that takes one of `choices` (undefined when absent); UsageError for another. */
export function choiceFlag<T extends string>(parsed: Parsed, name: string, choices: readonly T[]): T | undefined {
  const value = stringFlag(parsed, name);
  if (value === undefined) return undefined;
  const choice = choices.find((c) => c === value);
  if (choice === undefined) throw new UsageError(`--${name}: expected one of ${choices.join(", ")}, got '${value}'`);
  return choice;
}

/** Whether a switch was given. */
export function switchFlag(parsed: Parsed, name: string): boolean {
  return parsed.values[name] === true;
}

/** The --help text of a command, from its table. */
export function helpText(spec: CommandSpec): string {
  const lines = [`Usage: ${commandName(spec)} ${spec.operands ? `${spec.operands} ` : ""}[options]`];
  if (spec.description) lines.push("", spec.description);
  const flags = allFlags(spec);
  const label = (f: Flag) => {
    const names = [f.short ? `-${f.short}, --${f.name}` : `--${f.name}`];
    const value = f.value ? (f.bareValue !== undefined ? ` [${f.value}]` : ` <${f.value}>`) : "";
    return `${names.join("")}${value}`;
  };
  const width = Math.min(34, Math.max(...flags.map((f) => label(f).length)) + 2);
  const sections: string[] = [];
  for (const f of flags) if (!sections.includes(f.section ?? "Options")) sections.push(f.section ?? "Options");
  for (const section of sections) {
    lines.push("", `${section}:`);
    for (const f of flags.filter((g) => (g.section ?? "Options") === section)) {
      const text = [...f.help.split("\n")];
      if (f.aliases?.length) text[0] += ` (also ${f.aliases.map((a) => `--${a}`).join(", ")})`;
      if (f.unavailable) text.push(`[accepted and ignored: ${f.unavailable}]`);
      const head = `  ${label(f)}`;
      const pad = " ".repeat(width + 2);
      if (head.length >= width + 2) lines.push(head, ...text.map((t) => `${pad}${t}`));
      else lines.push(`${head.padEnd(width + 2)}${text[0]}`, ...text.slice(1).map((t) => `${pad}${t}`));
    }
  }
  if (spec.footer) lines.push("", spec.footer);
  return lines.join("\n");
}

/** Print a usage error the one way every command does; returns the exit status 2. */
export function reportUsageError(spec: CommandSpec, err: UsageError): number {
  process.stderr.write(`${commandName(spec)}: ${err.message}\nRun \`${commandName(spec)} --help\` for the options.\n`);
  return 2;
}

/**
 * Parse, or answer --help / a usage error: the start of every command's `run`. Returns the parsed
 * line, or what `read` makes of it (the command's options; a UsageError it throws is reported the
 * same way), or the exit status when the command is done already.
 */
export function parseOrExit(spec: CommandSpec, argv: readonly string[]): Parsed | number;
export function parseOrExit<T extends object>(
  spec: CommandSpec,
  argv: readonly string[],
  read: (parsed: Parsed) => T,
): T | number;
export function parseOrExit<T extends object>(
  spec: CommandSpec,
  argv: readonly string[],
  read?: (parsed: Parsed) => T,
): T | Parsed | number {
  try {
    const parsed = parseCommandLine(spec, argv);
    if (parsed.values.help) {
      process.stdout.write(`${helpText(spec)}\n`);
      return 0;
    }
    return read ? read(parsed) : parsed;
  } catch (err) {
    if (err instanceof UsageError) return reportUsageError(spec, err);
    throw err;
  }
}

/** What a sub-command's module exports. */
export interface SubcommandModule {
  run(argv: string[]): Promise<number>;
}

/**
 * Run the sub-command `argv[0]` of `table` (name → the one-line summary `--help` lists):
 * `--help`/`-h`/`help`/nothing lists them, an unknown name is a usage error with the nearest name,
 * a known one is loaded by `load` (lazily: only the one run pays) and run. `extra` answers
 * top-level flags of its own (e.g. --version) and returns undefined for everything else.
 */
export async function dispatch(
  parent: string,
  table: Readonly<Record<string, string>>,
  load: (name: string) => SubcommandModule,
  argv: readonly string[],
  extra: { flags?: string; answer?: (arg: string) => number | undefined } = {},
): Promise<number> {
  const [name, ...rest] = argv;
  const listing = () => {
    const width = Math.max(...Object.keys(table).map((n) => n.length)) + 2;
    const lines = [
      `Usage: ${parent} <${parent === "bpkit" ? "command" : "script"}> [options]`,
      "",
      parent === "bpkit" ? "Commands:" : "Scripts:",
    ];
    for (const [n, summary] of Object.entries(table)) lines.push(`  ${n.padEnd(width)}${summary}`);
    if (extra.flags) lines.push("", extra.flags);
    lines.push("", `Run \`${parent} <${parent === "bpkit" ? "command" : "script"}> --help\` for its options.`);
    return lines.join("\n");
  };
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    process.stdout.write(`${listing()}\n`);
    return 0;
  }
  const answered = extra.answer?.(name);
  if (answered !== undefined) return answered;
  if (!Object.hasOwn(table, name)) {
    const what = name.startsWith("-") ? "option" : parent === "bpkit" ? "command" : "script";
    process.stderr.write(
      `${parent}: unknown ${what} '${name}'${didYouMean(name, Object.keys(table))}\nRun \`${parent} --help\` for the list.\n`,
    );
    return 2;
  }
  return load(name).run([...rest]);
}
