// Command-line parsing with errors that name the flag, its value (shown short)
// and the allowed values, each on one line. Flags are read as own keys only.
import {parseArgs, type ParseArgsConfig} from "node:util";
import {InputError, oneLine, own, parseDecimal, showValue} from "../input.ts";
import {readFailure, readRegularFile} from "./regularFile.ts";

export class UsageError extends Error {
  constructor(message: string) {
    super(oneLine(message, 600));
    this.name = "UsageError";
  }
}

export type Flags = Record<string, string | boolean | string[] | undefined>;

/** parseArgs in strict mode, with its errors rewritten to name the allowed flags. */
export function parseFlags(args: string[], options: NonNullable<ParseArgsConfig["options"]>, allowPositionals = false): {values: Flags; positionals: string[]} {
  try {
    const {values, positionals} = parseArgs({args, options, strict: true, allowPositionals});
    return {values: values as Flags, positionals};
  } catch (e) {
    const msg = (e as Error).message;
    const flag = oneLine(/'(-{1,2}[^' ]+)/.exec(msg)?.[1] ?? "", 40);
    const allowed = Object.keys(options).map((k) => `--${k}`).join(", ");
    if (/argument is ambiguous/.test(msg)) throw new UsageError(`invalid ${flag}: a value that starts with "-" must be written as ${flag}=VALUE`);
    if (/Unknown option/.test(msg)) throw new UsageError(`unknown flag ${flag} (allowed: ${allowed})`);
    if (/Unexpected argument/.test(msg)) throw new UsageError(`unexpected argument: ${showValue(msg.split("'")[1] ?? msg)}`);
    throw new UsageError(msg);
  }
}

/** A flag's value checked against the allowed values. */
export function oneOf<T extends string>(flags: Flags, name: string, allowed: readonly T[], fallback?: T): T | undefined {
  const v = own(flags, name);
  if (v === undefined) return fallback;
  if (typeof v !== "string" || !allowed.includes(v as T)) throw new UsageError(`invalid --${name}: ${showValue(v)} (allowed: ${allowed.join(", ")})`);
  return v as T;
}

/** A flag's value as an integer within [min, max]. */
export function integer(flags: Flags, name: string, min: number, max = Number.MAX_SAFE_INTEGER, fallback?: number): number | undefined {
  const v = own(flags, name);
  if (v === undefined) return fallback;
  const n = typeof v === "string" ? parseDecimal(v) : NaN;
  if (!Number.isInteger(n) || n < min || n > max)
    throw new UsageError(`invalid --${name}: ${showValue(v)} (allowed: an integer from ${min}${max < Number.MAX_SAFE_INTEGER ? ` to ${max}` : " up"})`);
  return n;
}

/** A flag's value as a finite number within [min, max]. */
export function number(flags: Flags, name: string, min: number, max: number, fallback?: number): number | undefined {
  const v = own(flags, name);
  if (v === undefined) return fallback;
  const n = typeof v === "string" ? parseDecimal(v) : NaN;
  if (!Number.isFinite(n) || n < min || n > max)
    throw new UsageError(`invalid --${name}: ${showValue(v)} (allowed: a number from ${min} to ${max})`);
  return n;
}

/** The text of a file named on the command line; a file that cannot be read is a usage error naming it. */
export function readInputFile(path: string, flag: string): string {
  try {
    return readRegularFile(path);
  } catch (e) {
    throw new UsageError(`invalid ${flag}: ${showValue(path)} (allowed: a readable regular file; ${readFailure(e)})`);
  }
}

/** A user's mistake (exit 2), as opposed to an unexpected failure (exit 1). */
export function isUsage(e: unknown): boolean {
  return e instanceof UsageError || e instanceof InputError || (e instanceof Error && /^invalid /.test(e.message));
}

/** One line for any thrown value; unexpected errors keep their kind (e.g. RangeError) but never their stack. */
export function errorLine(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  // a UsageError is cut when made (at 600 characters, or more for one that names files and a command)
  if (isUsage(e)) return `error: ${oneLine(message, e instanceof UsageError ? 2000 : 600)}`;
  // the first line only: an unexpected message may itself carry a stack
  return `error: unexpected ${e instanceof Error ? e.name : typeof e}: ${oneLine(message.split("\n")[0], 300)}`;
}
