// Writes data/search.schema.json (from SEARCH_SCHEMA, sim/experiment/search/searchFile.ts).
// Run: npx tsx data/generateSearch.ts   (tests fail when it is out of date)
import {writeFileSync} from "node:fs";
import {fileURLToPath} from "node:url";
import {SEARCH_SCHEMA} from "../sim/experiment/search/searchFile.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
writeFileSync(root + "data/search.schema.json", JSON.stringify(SEARCH_SCHEMA, null, 2) + "\n");
console.log("wrote data/search.schema.json");
