// Worker entry: workers do not inherit tsx's loader, so register it here and
// load the TypeScript task (docs/toolchain.md §6). tsx's require hook, not its
// module hooks: those start a loader thread per worker (about 10 MB and a
// tenth of a second of CPU each), while the require hook transforms in this
// thread. The task and what it imports use no top-level await or import.meta.
import {createRequire} from "node:module";
const require = createRequire(import.meta.url);
require("tsx/cjs/api").register();
const task = require("./task.ts");
export default task.default;
