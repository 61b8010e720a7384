// Worker entry when the task cannot be bundled: register tsx's require hook
// and load the TypeScript task (as sweep/worker.mjs does for the sweep's).
import {createRequire} from "node:module";
const require = createRequire(import.meta.url);
require("tsx/cjs/api").register();
const task = require("./calibrateTask.ts");
export default task.default;
