// The experiment commands of the command line: sweep, merge, summarise.
// A full disk or a read-only folder is one line saying what the same command does next.
import {mergeCommand} from "./merge.ts";
import {summariseCommand} from "./summarise.ts";
import {sweepCommand} from "./sweep.ts";
import {diskError} from "./integrity.ts";

type Command = (args: string[], out: (s: string) => void, err: (s: string) => void, tty?: boolean) => Promise<void>;

const THEN = {
  sweep: "make room (or make the folder writable), then run the same command: it resumes where it stopped, keeping the finished chunks",
  merge: "nothing was written over merged.parquet or merged.csv; make room (or make the folder writable), then run the same command",
  summarise: "make the files readable, then run the same command"
} as const;

const guarded = (name: keyof typeof THEN, command: Command): Command => async (args, out, err, tty) => {
  try {
    await command(args, out, err, tty);
  } catch (e) {
    throw diskError(e, THEN[name], name === "summarise" ? "read" : "write") ?? e;
  }
};

export const COMMANDS: Record<"sweep" | "merge" | "summarise", Command> = {
  sweep: guarded("sweep", sweepCommand), merge: guarded("merge", mergeCommand), summarise: guarded("summarise", summariseCommand)
};
