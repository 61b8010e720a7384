// Worker entry: workers do not inherit tsx's loader, so register it here and
// load the TypeScript task (toolchain-notes §6).
import {register} from "tsx/esm/api";
register();
const task = await import("./task.ts");
export default task.default;
