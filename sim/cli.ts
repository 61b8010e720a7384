// The Node entry: `npx tsx sim/cli.ts <command> ...`. Every error is one line
// on stderr, never a stack trace: bad input (flags, files, sizes) exits with
// 2, any other failure with 1. Inputs and sizes are checked before the first
// row is made; rows then stream to stdout as they are made.
import {realpathSync} from "node:fs";
import {pathToFileURL} from "node:url";
import {UsageError, errorLine, isUsage} from "./node/args.ts";

export {errorLine};
import {classicCommand} from "./node/cliClassic.ts";
import type {Out} from "./node/format.ts";
import type {Io} from "./node/progress.ts";

const HELP = `garbage-can lab command line

  npx tsx sim/cli.ts classic ...    the 1972 garbage-can model (see: classic --help)
  npx tsx sim/cli.ts run ...        participation or collective scenarios (see: run --help)
  npx tsx sim/cli.ts presets        list the participation and collective presets
  npx tsx sim/cli.ts compare ...    compare options on common random numbers (see: compare --help)
  npx tsx sim/cli.ts sweep ...      run an experiment file on a worker pool (see: sweep --help)
  npx tsx sim/cli.ts merge <dir>    join a sweep's parts, checking every point and replication
  npx tsx sim/cli.ts summarise <dir>  estimates per design point, and sensitivity indices
  npx tsx sim/cli.ts calibrate ... approximate Bayesian computation against target figures (see: calibrate --help)
  npx tsx sim/cli.ts params [s]     the declared parameters, or a scenario's keys and ranges (see: params --help)
  npx tsx sim/cli.ts search <file>  the Pareto front of user gain against cost over organisational levers (see: search --help)
`;

type Command = (args: string[], io: Io) => void | Promise<void>;

async function participation(name: string): Promise<Command> {
  const m = await import("./node/cliParticipation.ts");
  return (m.COMMANDS as Record<string, Command>)[name];
}

/** stdout with backpressure: a full pipe makes the writer wait for 'drain'. */
const stdout: Out = (s) => (process.stdout.write(s) ? undefined : new Promise<void>((resolve) => process.stdout.once("drain", () => resolve())));
const stderr = (s: string) => { process.stderr.write(s); };

export async function main(argv: string[], out: Out = stdout, err: (s: string) => void = stderr, tty = err === stderr && Boolean(process.stderr.isTTY)): Promise<number> {
  const [command, ...rest] = argv;
  const io: Io = {out, err, tty};
  try {
    if (!command || command === "--help" || command === "help") {
      await out(HELP);
      return command ? 0 : 2;
    }
    if (command === "classic") await classicCommand(rest, io);
    else if (command === "params") await (await import("./node/cliParams.ts")).params(rest, io);
    else if (command === "search") await (await import("./node/cliSearch.ts")).search(rest, io);
    else if (command === "run" || command === "presets" || command === "compare") await (await participation(command))(rest, io);
    else if (command === "sweep" || command === "merge" || command === "summarise") await (await import("./node/sweep/commands.ts")).COMMANDS[command](rest, (s) => void out(s), err, tty);
    else if (command === "calibrate") await (await import("./node/calibrate.ts")).calibrateCommand(rest, (s) => void out(s), err, tty);
    else throw new UsageError(`unknown command ${JSON.stringify(command)} (allowed: classic, run, presets, compare, params, search, sweep, merge, summarise, calibrate)`);
    return 0;
  } catch (e) {
    err(errorLine(e) + "\n");
    return isUsage(e) ? 2 : 1;
  }
}

/** Whether Node was started on this file (also as a bundle): Node runs the real path, the command line may name a link or hold a space. */
function isEntry(path: string | undefined): boolean {
  if (!path) return false;
  try {
    return import.meta.url === pathToFileURL(realpathSync(path)).href;
  } catch {
    return false;
  }
}

/** Bad input: a usage or input error, or an engine check that names an invalid field. */
if (isEntry(process.argv[1]) || process.argv[1]?.endsWith("sim/cli.ts")) {
  // A closed pipe (e.g. `| head`) ends the output quietly; anything else that escapes is one line, exit 1.
  process.stdout.on("error", (e: NodeJS.ErrnoException) => process.exit(e.code === "EPIPE" ? 0 : 1));
  process.on("uncaughtException", (e) => {
    process.stderr.write(errorLine(e) + "\n");
    process.exit(1);
  });
  main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
}
