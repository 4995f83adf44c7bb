// The large store of the browser tests: 5,000 generated entities (plus 3 sources) and 20,000 relations
// from the benchmark's generator, written before its server starts and imported as that server's seeds.
import { fileURLToPath } from "node:url";
import { graphFolderOf, writeGeneratedGraph } from "../../bench/generate/write-graph.js";

export const LARGE_STORE_PORT = Number(process.env.BROWSER_TEST_LARGE_PORT ?? 18082);
export const LARGE_STORE_OPTIONS = { relations: 20_000, seed: 42 };
export const LARGE_STORE_SEED_DIR = graphFolderOf(LARGE_STORE_OPTIONS);

// Run as a script (the web server's first step), it writes the graph unless an identical one is there.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const manifest = await writeGeneratedGraph(LARGE_STORE_OPTIONS);
  console.log(`large store: ${manifest.folder}`);
}
