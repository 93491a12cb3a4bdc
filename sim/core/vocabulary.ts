/**
 * The model's shared vocabulary: the roles reps hold, the customer segments they sell to, and the
 * gaming levers the behaviour model can pull. Every layer speaks these words, so they live at the
 * bottom and import nothing.
 */

/** AE = new-logo account executive, AM = account manager (expansion), CSM = customer success, SDR. */
export type Role = "AE" | "AM" | "CSM" | "SDR";
export const ROLES: readonly Role[] = ["AE", "AM", "CSM", "SDR"];

export type Segment = "SMB" | "MM" | "ENT";
export const SEGMENTS: readonly Segment[] = ["SMB", "MM", "ENT"];

export type GamingLever =
  | "timing"
  | "discounting"
  | "poorFit"
  | "splitting"
  | "effortWithdrawal"
  | "surveyGaming"
  | "renewalGames";

export const GAMING_LEVERS: readonly GamingLever[] = [
  "timing",
  "discounting",
  "poorFit",
  "splitting",
  "effortWithdrawal",
  "surveyGaming",
  "renewalGames",
];
