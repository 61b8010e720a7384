// The version a result was made with, for text a planner pastes into a report:
// the package's version and, when the site was built from a git checkout, the
// commit (vite.config.ts defines __GC_COMMIT__ at build time; the command line
// and tests have none).

import pkg from "../package.json" with {type: "json"};

declare const __GC_COMMIT__: string | undefined;

export const VERSION: string = pkg.version;
export const COMMIT: string | null = typeof __GC_COMMIT__ === "string" && __GC_COMMIT__ ? __GC_COMMIT__ : null;
