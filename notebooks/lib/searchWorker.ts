// The Web Worker that runs a design search (sim/experiment/search/, the code
// behind `npx tsx sim/cli.ts search`) off the page's thread, for the small
// lever sets a page can afford.
import {runSearch, type SearchResult} from "../../sim/experiment/search/designSearch.ts";
import {parseSearch, spaceSize} from "../../sim/experiment/search/searchFile.ts";

export type SearchJob = {id: number; spec: unknown};
export type SearchReply =
  | {id: number; type: "progress"; done: number; total: number}
  | {id: number; type: "result"; result: SearchResult}
  | {id: number; type: "error"; message: string};

const post = (reply: SearchReply) => (self as unknown as {postMessage(m: SearchReply): void}).postMessage(reply);

self.addEventListener("message", (event: MessageEvent<SearchJob>) => {
  const {id} = event.data;
  try {
    const spec = parseSearch(event.data.spec);
    const total = Math.min(spaceSize(spec), spaceSize(spec) <= spec.exhaustiveUpTo ? Infinity : spec.population * spec.generations);
    post({id, type: "result", result: runSearch(spec, {onProgress: (done) => { if (done % 4 === 0) post({id, type: "progress", done, total}); }})});
  } catch (e) {
    post({id, type: "error", message: (e as Error).message});
  }
});
