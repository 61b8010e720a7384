// Runs the command line in-process, collecting what it writes to stdout and stderr.
import {main} from "../../../sim/cli.ts";

export async function cli(...args: string[]): Promise<{code: number; out: string; err: string}> {
  let out = "", err = "";
  const code = await main(args, (s) => { out += s; }, (s) => { err += s; });
  return {code, out, err};
}
