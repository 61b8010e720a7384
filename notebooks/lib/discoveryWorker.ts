// The Web Worker that runs scenario discovery (PRIM and the tree) on a loaded
// sample: on thousands of points and dozens of parameters it takes longer than
// a page may block.
import {runDiscovery, type DiscoveryRequest} from "./sampleDiscovery.ts";
import type {Discovery} from "../../sim/experiment/discovery/region.ts";

export type DiscoveryReply = {ok: true; discovery: Discovery} | {ok: false; message: string};

const post = (reply: DiscoveryReply) => (self as unknown as {postMessage(m: DiscoveryReply): void}).postMessage(reply);

self.addEventListener("message", (event: MessageEvent<DiscoveryRequest>) => {
  try {
    post({ok: true, discovery: runDiscovery(event.data)});
  } catch (e) {
    post({ok: false, message: e instanceof Error ? e.message : String(e)});
  }
});
