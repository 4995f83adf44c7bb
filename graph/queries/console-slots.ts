// How many console queries may run at once, and how many may wait for a turn. A flood of slow console
// queries must not take every store connection from the routes analysts use, so at most `running` run;
// an ordinary query that arrives while a slow one holds a slot waits its turn (a short queue, a bounded
// wait) instead of being turned away, and past the queue or the wait the console answers "busy" (503).
import { StoreUnavailableError } from "../errors.js";

export const DEFAULT_CONSOLE_SLOTS = 4;
export const DEFAULT_CONSOLE_WAITING = 16;
export const DEFAULT_CONSOLE_MAX_WAIT_MS = 30_000;

export interface ConsoleSlotLimits {
  /** Queries running at once. */
  running?: number;
  /** Queries waiting for a slot; one more is refused at once. */
  waiting?: number;
  /** How long a query waits for a slot before it is refused. */
  maxWaitMs?: number;
}

export interface ConsoleSlots {
  run<T>(work: () => Promise<T>): Promise<T>;
}

export function createConsoleSlots(limits: ConsoleSlotLimits = {}): ConsoleSlots {
  const slots = limits.running ?? DEFAULT_CONSOLE_SLOTS;
  const maxWaiting = limits.waiting ?? DEFAULT_CONSOLE_WAITING;
  const maxWaitMs = limits.maxWaitMs ?? DEFAULT_CONSOLE_MAX_WAIT_MS;
  let running = 0;
  const waiting: (() => void)[] = [];

  const busy = (why: string) =>
    new StoreUnavailableError(
      `The Cypher console is busy: it runs at most ${slots} queries at once and ${why}. Try again in a moment.`,
      { operation: "runReadOnlyCypher", slots, waiting: maxWaiting, maxWaitMs },
    );

  const turn = () =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        const at = waiting.indexOf(admit);
        if (at >= 0) waiting.splice(at, 1);
        reject(busy(`this query waited ${maxWaitMs} ms for a turn`));
      }, maxWaitMs);
      const admit = () => {
        clearTimeout(timer);
        resolve();
      };
      waiting.push(admit);
    });

  return {
    async run(work) {
      if (running >= slots) {
        if (waiting.length >= maxWaiting) throw busy(`${maxWaiting} more are already waiting`);
        await turn();
      } else {
        running++;
      }
      try {
        return await work();
      } finally {
        // A freed slot passes straight to the next waiter, so `running` stays counted for it.
        const next = waiting.shift();
        if (next) next();
        else running--;
      }
    },
  };
}
