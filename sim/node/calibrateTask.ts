// The calibration worker's task: run a slice of a generation's proposals (a
// particle's parameter values and seed each) and return their figures. The
// calibration comes once per worker (workerData); its model is built once.

import {workerData} from "node:worker_threads";
import {parseCalibration} from "../experiment/calibration/calibrationFile.ts";
import {calibrationModel, type RunParticle} from "../experiment/calibration/model.ts";

export interface CalibrateWorkerData {
  calibration: object;
}

export interface CalibrateSlice {
  thetas: number[][];
  seeds: string[];
}

let model: RunParticle | undefined;

export default function runSlice(slice: CalibrateSlice): number[][] {
  const run = (model ??= calibrationModel(parseCalibration((workerData as CalibrateWorkerData).calibration)));
  return slice.thetas.map((theta, i) => run(theta, slice.seeds[i]));
}
