// The Cypher console's hardening on the app over Kuzu, through inject (see support/cypher-hardening-suite.ts).
import { cypherHardeningSuite } from "./support/cypher-hardening-suite.js";
import { kuzuApp } from "./support/servers.js";

cypherHardeningSuite({
  store: "kuzu",
  start: (cypher) => kuzuApp({ queries: { cypher } }),
  slackMs: 5_000,
});
