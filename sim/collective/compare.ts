// Collective options compared on common random numbers: replication r of
// every option runs on the same seed, so each measure's difference to the
// reference (option 0) is paired within the replication. The running sums
// take one replication at a time, so a caller can stream replications (CLI)
// or slice them (notebook) and read the estimates whenever it likes.

import {RunningDifference, RunningEstimate, type Estimate} from "../stats.ts";
import {COLLECTIVE_MEASURE_KEYS, collectiveValue} from "./measures.ts";
import type {CollectiveSummary} from "./records.ts";

export class CollectiveComparison {
  /** The measures compared, in COLLECTIVE_MEASURES order. */
  readonly keys: readonly string[] = COLLECTIVE_MEASURE_KEYS;
  private readonly sums: RunningEstimate[][];
  private readonly diffs: RunningDifference[][];

  constructor(readonly options: number) {
    this.sums = Array.from({length: options}, () => this.keys.map(() => new RunningEstimate()));
    this.diffs = Array.from({length: Math.max(0, options - 1)}, () => this.keys.map(() => new RunningDifference()));
  }

  /** One replication: a summary per option, on the same seed, option 0 first. */
  add(rows: readonly CollectiveSummary[]): void {
    if (rows.length !== this.options) throw new Error(`expected ${this.options} summaries, got ${rows.length}`);
    this.keys.forEach((key, i) => {
      const ref = collectiveValue(rows[0], key);
      rows.forEach((row, k) => {
        const v = collectiveValue(row, key);
        this.sums[k][i].add(v);
        if (k > 0) this.diffs[k - 1][i].add(ref, v);
      });
    });
  }

  /** Mean and interval of a measure for one option; missing values left out and counted. */
  estimate(option: number, key: string): Estimate {
    return this.sums[option][this.index(key)].estimate;
  }

  /** Paired difference option minus option 0 (option >= 1). */
  difference(option: number, key: string): Estimate {
    if (option < 1 || option >= this.options) throw new Error(`no difference for option ${option} (1 to ${this.options - 1})`);
    return this.diffs[option - 1][this.index(key)].estimate;
  }

  private index(key: string): number {
    const i = this.keys.indexOf(key);
    if (i < 0) throw new Error(`unknown collective measure ${key}`);
    return i;
  }
}
