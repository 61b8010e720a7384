// The Web Worker that reads a result file loaded into Explore (strict CSV or
// Parquet, size-capped) and summarises it per design point, so a file of a
// million rows never blocks the page: only the estimates come back.
import {readResultFiles, summariseResult, type LoadedSummary} from "./sweepResult.ts";

export type ResultReply = {ok: true; file: string; result: LoadedSummary} | {ok: false; message: string};

const post = (reply: ResultReply) => (self as unknown as {postMessage(m: ResultReply): void}).postMessage(reply);

self.addEventListener("message", (event: MessageEvent<File[]>) => {
  readResultFiles(event.data).then(
    ({file, result}) => post({ok: true, file, result: summariseResult(result)}),
    (e: unknown) => post({ok: false, message: e instanceof Error ? e.message : String(e)}));
});
