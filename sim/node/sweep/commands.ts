// The experiment commands of the command line: sweep, merge, summarise.
import {mergeCommand} from "./merge.ts";
import {summariseCommand} from "./summarise.ts";
import {sweepCommand} from "./sweep.ts";

type Command = (args: string[], out: (s: string) => void, err: (s: string) => void, tty?: boolean) => Promise<void>;

export const COMMANDS: Record<"sweep" | "merge" | "summarise", Command> = {sweep: sweepCommand, merge: mergeCommand, summarise: summariseCommand};
