// How many console queries may run at once. A flood of slow console queries must not take every store
// connection from the routes analysts use: past the limit the console answers "busy" at once (503)
// instead of queueing, and the other routes keep their connections.
import { StoreUnavailableError } from "../errors.js";

export const DEFAULT_CONSOLE_SLOTS = 4;

export interface ConsoleSlots {
  run<T>(work: () => Promise<T>): Promise<T>;
}

export function createConsoleSlots(slots = DEFAULT_CONSOLE_SLOTS): ConsoleSlots {
  let running = 0;
  return {
    async run(work) {
      if (running >= slots) {
        throw new StoreUnavailableError(
          `The Cypher console is busy: it runs at most ${slots} queries at once. Try again when one has finished.`,
          { operation: "runReadOnlyCypher", slots },
        );
      }
      running++;
      try {
        return await work();
      } finally {
        running--;
      }
    },
  };
}
