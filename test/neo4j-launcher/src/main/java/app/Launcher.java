// Starts an in-process Neo4j on loopback for the test suite and prints its Bolt URI.
// It stops when its standard input closes, so a crashed test runner never leaves it behind.
package app;

import java.nio.file.Files;
import java.nio.file.Path;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

public final class Launcher {
    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args.length > 0 ? args[0] : "7687");
        Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("neo4j-test");
        Neo4j neo4j = Neo4jBuilders.newInProcessBuilder(dir)
                .withDisabledServer()
                .withConfig(HttpConnector.enabled, false)
                .withConfig(BoltConnector.enabled, true)
                .withConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .withConfig(GraphDatabaseSettings.transaction_timeout, java.time.Duration.ofSeconds(30))
                // db.memory.transaction.max: a query that would hold more is stopped, not the whole JVM.
                .withConfig(GraphDatabaseSettings.memory_transaction_max_size, 512L * 1024 * 1024)
                .build();
        Runtime.getRuntime().addShutdownHook(new Thread(neo4j::close));
        System.out.println("NEO4J_READY " + neo4j.boltURI() + " " + org.neo4j.kernel.internal.Version.getNeo4jVersion());
        System.out.flush();
        while (System.in.read() != -1) {
            // wait for the parent to close our stdin
        }
        neo4j.close();
        System.exit(0);
    }
}
