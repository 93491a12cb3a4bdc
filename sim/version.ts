/** planbench's version, printed by `--version` and in every report's reproducibility block. */
export const PLANBENCH_VERSION = "0.1.0";
