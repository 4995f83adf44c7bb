// The Cypher console's hardening on a real server over Kuzu (see support/cypher-hardening-suite.ts).
import { cypherHardeningSuite } from "./support/cypher-hardening-suite.js";
import { kuzuServer } from "./support/servers.js";

cypherHardeningSuite({
  store: "kuzu",
  start: (cypher) => kuzuServer({ queries: { cypher } }),
  slackMs: 5_000,
});
