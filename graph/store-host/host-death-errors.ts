// What a caller is told when the store host died under its call: the console query that was running
// learns the cause (memory cap, engine crash, no answer), a write learns it may be sent again, and a
// read that failed twice learns the store is restarting.
import {
  QueryRefusedError,
  QueryTimeoutError,
  StoreUnavailableError,
  TooLargeError,
  type GraphError,
} from "../errors.js";
import { describeDeath, type HostDeath } from "./host-process.js";

const mib = (bytes: number) => Math.round(bytes / 1024 / 1024);

/** `again`: the query is known to have stopped the engine before and was not run this time. */
export function consoleQueryKilledError(death: HostDeath, again: boolean): GraphError {
  const when = again
    ? "It stopped the store engine before, so it is refused without running."
    : "The store engine was stopped and restarts by itself; nothing was written, and other requests go on.";
  if (death.cause === "memory") {
    return new TooLargeError(
      `The console query needs more memory than the store may use (${mib(death.limitBytes)} MiB, ` +
        `STORE_MEMORY_LIMIT_MB). ${when} Ask for less: a smaller range or UNWIND, fewer rows, an aggregate.`,
      { cause: "memory cap", limitMiB: mib(death.limitBytes), reachedMiB: mib(death.residentBytes), known: again },
    );
  }
  if (death.cause === "unresponsive") {
    return new QueryTimeoutError(
      `The console query did not stop at its time limit (${describeDeath(death)}). ${when}`,
      { cause: "no answer", known: again },
    );
  }
  return new QueryRefusedError(
    `The console query crashed the store engine (${describeDeath(death)}). ${when} ` +
      "Rewrite it, e.g. without a NULL where a list, map or path is expected.",
    { refused: "a query that crashes the engine", cause: "engine crash", reason: describeDeath(death), known: again },
  );
}

export function writeInterruptedError(method: string, death: HostDeath): StoreUnavailableError {
  return new StoreUnavailableError(
    `The store engine stopped while ${method} ran (${describeDeath(death)}). The engine rolls an unfinished ` +
      "transaction back when it reopens, so the graph holds all of this write or none of it; check, then send it again.",
    { operation: method, cause: death.cause },
  );
}

export function storeRestartingError(method: string, death: HostDeath, tries: number): StoreUnavailableError {
  return new StoreUnavailableError(
    `The store engine stopped ${tries} times while ${method} ran (last: ${describeDeath(death)}); it is ` +
      "restarting, try again shortly.",
    { operation: method, cause: death.cause, tries },
  );
}
