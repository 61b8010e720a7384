// Loads a result file in a Web Worker of its own (resultWorker.ts), ended
// when it answers: parsing and summarising a large file never block the page.
import type {LoadedSummary} from "./sweepResult.ts";
import type {ResultReply} from "./resultWorker.ts";

export function importResult(files: readonly File[]): Promise<{file: string; result: LoadedSummary}> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./resultWorker.ts", import.meta.url), {type: "module"});
    worker.addEventListener("message", (e: MessageEvent<ResultReply>) => {
      worker.terminate();
      if (e.data.ok) resolve({file: e.data.file, result: e.data.result});
      else reject(new Error(e.data.message));
    });
    worker.addEventListener("error", (e) => {
      worker.terminate();
      reject(new Error(`invalid result file ${files.map((f) => f.name).join(", ")}: it could not be read (${e.message || "the reader stopped, perhaps out of memory"})`));
    });
    worker.postMessage([...files]);
  });
}
