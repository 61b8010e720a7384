// The Node entry: `npx tsx sim/cli.ts <command> ...`. Errors go to stderr with
// exit code 2. Inputs and sizes are checked before the first row is made;
// rows then stream to stdout as they are made.
import {UsageError} from "./node/args.ts";
import {classicCommand} from "./node/cliClassic.ts";
import type {Out} from "./node/format.ts";
import type {Io} from "./node/progress.ts";

const HELP = `garbage-can lab command line

  npx tsx sim/cli.ts classic ...    the 1972 garbage-can model (see: classic --help)
  npx tsx sim/cli.ts run ...        participation scenarios (see: run --help)
  npx tsx sim/cli.ts presets        list the participation presets
  npx tsx sim/cli.ts compare ...    compare options on common random numbers (see: compare --help)
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
    else if (command === "run" || command === "presets" || command === "compare") await (await participation(command))(rest, io);
    else throw new UsageError(`unknown command ${JSON.stringify(command)} (allowed: classic, run, presets, compare)`);
    return 0;
  } catch (e) {
    const error = e as Error;
    const known = error instanceof UsageError || error.name === "ScenarioError" || /^invalid /.test(error.message);
    err(`error: ${error.message}\n`);
    if (!known) err((error.stack ?? "") + "\n");
    return 2;
  }
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith("sim/cli.ts")) {
  // A reader that stops early (`| head`) ends the output, not with a stack trace.
  process.stdout.on("error", (e: NodeJS.ErrnoException) => { if (e.code === "EPIPE") process.exit(0); throw e; });
  main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
}
