/** The behaviour model: how reps read a plan (planResponse) and act each month (decideMonth). */
export { decideMonth } from "./decide.js";
export { planResponse } from "./planResponse.js";
export * from "./types.js";
