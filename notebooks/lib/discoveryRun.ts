// Runs scenario discovery in a Web Worker of its own (discoveryWorker.ts),
// ended when it answers: PRIM over thousands of points and dozens of
// parameters takes about a second, longer than the page may block.
import type {Discovery} from "../../sim/experiment/discovery/region.ts";
import type {DiscoveryReply} from "./discoveryWorker.ts";
import type {DiscoveryRequest} from "./sampleDiscovery.ts";

export function discoverInWorker(request: DiscoveryRequest): Promise<Discovery> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./discoveryWorker.ts", import.meta.url), {type: "module"});
    worker.addEventListener("message", (e: MessageEvent<DiscoveryReply>) => {
      worker.terminate();
      if (e.data.ok) resolve(e.data.discovery);
      else reject(new Error(e.data.message));
    });
    worker.addEventListener("error", (e) => {
      worker.terminate();
      reject(new Error(`scenario discovery stopped (${e.message || "the worker could not run"})`));
    });
    worker.postMessage(request);
  });
}
