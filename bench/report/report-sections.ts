// The sections of BENCHMARKS.md that `npm run bench` owns: text between `<!-- bench:ID -->` and
// `<!-- /bench:ID -->`, replaced whole by the newest run, so the hand-written text around them stays.

const SECTION_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function sectionMarkers(id: string): { open: string; close: string } {
  if (!SECTION_ID.test(id)) {
    throw new Error(`benchmark section id "${id}" must be lower-case letters and digits joined by dashes`);
  }
  return { open: `<!-- bench:${id} -->`, close: `<!-- /bench:${id} -->` };
}

/** The ids of every section the report marks, in the order they appear. */
export function listSections(report: string): string[] {
  return [...report.matchAll(/<!-- bench:([a-z0-9-]+) -->/g)].map((match) => match[1]!);
}

/**
 * The report with section `id` holding `body`. A section the report does not mark yet is added at its
 * end, once: the next run of the same benchmark replaces it there.
 */
export function replaceSection(report: string, id: string, body: string): string {
  const { open, close } = sectionMarkers(id);
  const content = `${open}\n${body.trim()}\n${close}`;
  const start = report.indexOf(open);
  if (start === -1) {
    if (report.includes(close)) throw new Error(`BENCHMARKS.md has ${close} without ${open} before it`);
    return `${report.trimEnd()}\n\n${content}\n`;
  }
  if (report.indexOf(open, start + open.length) !== -1) {
    throw new Error(`BENCHMARKS.md marks section "${id}" twice: keep one ${open} … ${close}`);
  }
  const end = report.indexOf(close, start);
  if (end === -1) throw new Error(`BENCHMARKS.md opens section "${id}" with ${open} but never closes it (${close})`);
  return report.slice(0, start) + content + report.slice(end + close.length);
}
