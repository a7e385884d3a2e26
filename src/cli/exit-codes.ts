// mlflow-sim's exit codes (sysexits-style for the internal one).
export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;
export const EXIT_INTERNAL = 70;
