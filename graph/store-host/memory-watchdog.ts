// Watches the resident memory of a process and everything it started (from /proc, every ~100 ms) and
// reports once when their sum passes a cap. The embedded engine has no memory limit per query and keeps
// what it allocated, and its crash probe (a child of the host) plans queries with memory of its own, so
// the only bound that holds is on the whole process tree, checked from outside it.
import { readdir, readFile } from "node:fs/promises";

export const WATCHDOG_INTERVAL_MS = 100;

export interface MemoryWatchdog {
  stop(): void;
}

export interface TreeMemory {
  residentBytes: number;
  /** The process and its descendants, parents first. */
  pids: number[];
}

/** Resident bytes of one process, or undefined when /proc cannot tell (not Linux, or the process is gone). */
export async function residentBytesOf(pid: number): Promise<number | undefined> {
  try {
    const status = await readFile(`/proc/${pid}/status`, "utf8");
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
    return match ? Number(match[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

async function childrenOf(pid: number): Promise<number[]> {
  try {
    const tasks = await readdir(`/proc/${pid}/task`);
    const lists = await Promise.all(
      tasks.map((task) => readFile(`/proc/${pid}/task/${task}/children`, "utf8").catch(() => "")),
    );
    return lists.flatMap((list) => list.split(/\s+/).filter(Boolean).map(Number));
  } catch {
    return [];
  }
}

export async function treeMemoryOf(pid: number): Promise<TreeMemory | undefined> {
  const own = await residentBytesOf(pid);
  if (own === undefined) return undefined;
  const pids = [pid];
  let residentBytes = own;
  for (let i = 0; i < pids.length; i++) {
    for (const child of await childrenOf(pids[i]!)) {
      const bytes = await residentBytesOf(child);
      if (bytes === undefined) continue;
      pids.push(child);
      residentBytes += bytes;
    }
  }
  return { residentBytes, pids };
}

export function watchMemory(
  pid: number,
  limitBytes: number,
  onOverLimit: (tree: TreeMemory) => void,
  intervalMs = WATCHDOG_INTERVAL_MS,
): MemoryWatchdog {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const check = async () => {
    const tree = await treeMemoryOf(pid);
    if (stopped) return;
    if (tree && tree.residentBytes > limitBytes) {
      stopped = true;
      onOverLimit(tree);
      return;
    }
    timer = setTimeout(() => void check(), intervalMs);
    timer.unref();
  };
  void check();
  return {
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
