// The exported Cypher script recreates the graph in an empty Neo4j (round trip against the test Neo4j).
import { describeCypherExportRoundTrip } from "../../graph/export/cypher-export-neo4j.test-support.js";

describeCypherExportRoundTrip();
