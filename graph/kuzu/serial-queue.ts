// Runs tasks one after another. Kuzu allows one write transaction at a time, and a connection's query
// timeout is a per-connection setting, so writes and console queries each go through a queue.

export interface SerialQueue {
  run<T>(task: () => Promise<T>): Promise<T>;
}

export function createSerialQueue(): SerialQueue {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    run<T>(task: () => Promise<T>): Promise<T> {
      const result = tail.then(task);
      // The next task waits for this one to settle, whether it failed or not.
      tail = result.catch(() => undefined);
      return result;
    },
  };
}
