package dev.newsgraph;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Runs Neo4j Community as a real DBMS with its Bolt connector on loopback: the same kernel,
 * Cypher runtime and Bolt protocol as the server distribution, which Maven Central does not carry.
 *
 * <p>Arguments: home directory, Bolt port, password for the "neo4j" user. The page cache size comes
 * from the system property {@code newsgraph.pagecache} (e.g. {@code 512m}); with
 * {@code newsgraph.parentPid} set, the DBMS shuts down when that process is gone. Prints "READY uri"
 * once Bolt accepts connections with that password, or "FAILED reason" (and exits 1) when the DBMS
 * cannot start; src/neo4j-local reads those lines. Shuts the DBMS down cleanly on SIGTERM/SIGINT.
 */
public final class Neo4jLocal {
  public static void main(String[] args) throws Exception {
    if (args.length != 3) {
      System.err.println("usage: Neo4jLocal HOME BOLT_PORT PASSWORD");
      System.exit(2);
    }
    Path home = Path.of(args[0]);
    int port = Integer.parseInt(args[1]);
    String password = args[2];
    long pageCache = ByteUnit.parse(System.getProperty("newsgraph.pagecache", "512m"));
    DatabaseManagementService dbms;
    try {
      DatabaseManagementServiceBuilder builder =
          new DatabaseManagementServiceBuilder(home)
              .setConfig(BoltConnector.enabled, true)
              .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
              .setConfig(HttpConnector.enabled, false)
              .setConfig(GraphDatabaseSettings.auth_enabled, true)
              .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
              .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(5))
              // The databases are already stopped when Bolt shuts down; its default 5 s + 5 s
              // grace periods only made every stop take ten seconds longer.
              .setConfig(
                  BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(500))
              .setConfig(
                  BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(500));
      String conf = System.getProperty("newsgraph.conf");
      if (conf != null) builder.loadPropertiesFromFile(Path.of(conf));
      dbms = builder.build();
    } catch (RuntimeException e) {
      fail(e);
      return;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown, "neo4j-shutdown"));
    try {
      // The embedded DBMS runs with full rights, so it can set the password that Bolt clients use.
      dbms.database("system")
          .executeTransactionally(
              "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
              Map.of("password", password));
    } catch (RuntimeException e) {
      // A restart with an unchanged password: Neo4j refuses to "change" it to the same value.
      if (!String.valueOf(e.getMessage()).contains("Old password and new password cannot be the same")) {
        fail(e);
      }
    }
    System.out.println("READY bolt://127.0.0.1:" + port);
    System.out.flush();
    String parent = System.getProperty("newsgraph.parentPid");
    if (parent != null) exitWithParent(Long.parseLong(parent));
    Thread.currentThread().join();
  }

  /**
   * A test run that is killed (Ctrl-C twice, a CI timeout) never calls stop; polling the parent
   * keeps such runs from leaving orphaned databases behind. Exiting runs the shutdown hook.
   */
  private static void exitWithParent(long parentPid) {
    Thread watcher =
        new Thread(
            () -> {
              while (ProcessHandle.of(parentPid).map(ProcessHandle::isAlive).orElse(false)) {
                try {
                  Thread.sleep(1000);
                } catch (InterruptedException e) {
                  return;
                }
              }
              System.exit(0);
            },
            "parent-watcher");
    watcher.setDaemon(true);
    watcher.start();
  }

  /** One line with the whole cause chain: the root cause (a lock, a bound port) is what matters. */
  private static void fail(Throwable error) {
    StringBuilder reason = new StringBuilder();
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (reason.length() > 0) reason.append(" <- ");
      reason.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage());
    }
    error.printStackTrace();
    System.out.println("FAILED " + reason.toString().replace('\n', ' '));
    System.out.flush();
    System.exit(1);
  }
}
