/** Keyed random streams (DESIGN §7) and the distributions drawn from them. */
export * from "./distributions/index.js";
export { logFactorial } from "./math/logFactorial.js";
export type { SeedrandomAlgorithm } from "./seedrandomSource.js";
export { seedrandomSource } from "./seedrandomSource.js";
export { Sfc32 } from "./sfc32.js";
export type { RandomSource, Sampler } from "./source.js";
export { keyedStream, keyString, streamFromKey } from "./stream.js";
