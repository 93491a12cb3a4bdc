/** Writing bytes to an open file in full; a failure (disk full, …) is an EnvironmentError naming `shownAs`. */
import { writeSync } from "node:fs";
import { asEnvironmentError } from "../../io/fsErrors.js";

export function writeAll(fd: number, bytes: Uint8Array, shownAs: string): void {
  try {
    for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done);
  } catch (error) {
    throw asEnvironmentError(error, shownAs, "write");
  }
}
