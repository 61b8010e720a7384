// The Node entry: `npx tsx sim/cli.ts <command> ...`. Errors go to stderr with
// exit code 2; nothing half-written goes to stdout.
import {UsageError} from "./node/args.ts";
import {classicCommand} from "./node/cliClassic.ts";

const HELP = `garbage-can lab command line

  npx tsx sim/cli.ts classic ...    the 1972 garbage-can model (see: classic --help)
  npx tsx sim/cli.ts run ...        participation scenarios (see: run --help)
  npx tsx sim/cli.ts presets        list the participation presets
  npx tsx sim/cli.ts compare ...    compare options on common random numbers (see: compare --help)
  npx tsx sim/cli.ts params [s]     the declared parameters, or a scenario's keys and ranges (see: params --help)
`;

type Command = (args: string[], out: (s: string) => void) => void | Promise<void>;

async function participation(name: string): Promise<Command> {
  const m = await import("./node/cliParticipation.ts");
  return (m.COMMANDS as Record<string, Command>)[name];
}

export async function main(argv: string[], out: (s: string) => void = (s) => process.stdout.write(s), err: (s: string) => void = (s) => process.stderr.write(s)): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (!command || command === "--help" || command === "help") {
      out(HELP);
      return command ? 0 : 2;
    }
    if (command === "classic") await classicCommand(rest, out);
    else if (command === "params") (await import("./node/cliParams.ts")).params(rest, out);
    else if (command === "run" || command === "presets" || command === "compare") await (await participation(command))(rest, out);
    else throw new UsageError(`unknown command ${JSON.stringify(command)} (allowed: classic, run, presets, compare, params)`);
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
  main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
}
