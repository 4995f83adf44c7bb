// What an import shows in a terminal: a progress bar per phase when stdout is a TTY (never in logs or
// pipes, where it would be noise), and always one summary line at the end.
import cliProgress from "cli-progress";
import type { ImportProgress, ImportSummary } from "./import-seed-graph.js";

export interface ImportReporter {
  onProgress(progress: ImportProgress): void;
  /** Stops the bar and prints the summary line. */
  finish(summary: ImportSummary): void;
  /** Stops the bar without a summary, after a failure. */
  abort(): void;
}

export function formatImportSummary(summary: ImportSummary, target: string): string {
  return `Imported ${summary.entities} entities and ${summary.relations} relations into ${target} in ${summary.seconds.toFixed(1)} s`;
}

export function createImportReporter(stream: NodeJS.WriteStream, target: string): ImportReporter {
  let bar: cliProgress.SingleBar | undefined;
  let phase: ImportProgress["phase"] | undefined;

  const stopBar = () => {
    bar?.stop();
    bar = undefined;
  };

  return {
    onProgress(progress) {
      if (!stream.isTTY) return;
      if (progress.phase !== phase) {
        stopBar();
        phase = progress.phase;
        bar = new cliProgress.SingleBar(
          { stream, format: `${progress.phase.padEnd(9)} [{bar}] {value}/{total}`, hideCursor: true },
          cliProgress.Presets.shades_classic,
        );
        bar.start(progress.total, progress.done);
      } else {
        bar?.update(progress.done);
      }
    },
    finish(summary) {
      stopBar();
      stream.write(`${formatImportSummary(summary, target)}\n`);
    },
    abort: stopBar,
  };
}
