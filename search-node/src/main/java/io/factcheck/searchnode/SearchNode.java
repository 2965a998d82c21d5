package io.factcheck.searchnode;

import org.elasticsearch.common.logging.LogConfigurator;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.node.ClasspathNode;
import org.elasticsearch.node.Node;
import org.elasticsearch.plugins.Plugin;
import org.elasticsearch.transport.netty4.Netty4Plugin;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Runs one single-node Elasticsearch cluster from the jars on the classpath.
 *
 * <p>Usage: {@code SearchNode HOME_DIR HTTP_PORT [TRANSPORT_PORT]}. Data and logs go under HOME_DIR. When HTTP
 * is up, {@code HOME_DIR/logs/http.ports} is written (the node's own ports file), which the Python side
 * waits for before polling cluster health.
 */
public final class SearchNode {
    private static final List<Class<? extends Plugin>> PLUGINS = List.of(Netty4Plugin.class, RootInfoPlugin.class);

    private SearchNode() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: SearchNode HOME_DIR HTTP_PORT [TRANSPORT_PORT]");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        String httpPort = args[1];
        String transportPort = args.length > 2 ? args[2] : "9300-9399";
        Path config = Files.createDirectories(home.resolve("config"));
        Files.createDirectories(home.resolve("data"));
        Files.createDirectories(home.resolve("logs"));
        Path log4j = config.resolve("log4j2.properties");
        if (Files.notExists(log4j)) {
            Files.writeString(log4j, String.join("\n",
                "status = error",
                "appender.console.type = Console",
                "appender.console.name = console",
                "appender.console.layout.type = PatternLayout",
                "appender.console.layout.pattern = [%d{ISO8601}][%-5p][%-25c{1.}] %m%n",
                "rootLogger.level = info",
                "rootLogger.appenderRef.console.ref = console",
                "logger.deprecation.name = org.elasticsearch.deprecation",
                "logger.deprecation.level = error",
                ""));
        }

        Settings settings = Settings.builder()
            .put("path.home", home.toString())
            .put("path.data", home.resolve("data").toString())
            .put("path.logs", home.resolve("logs").toString())
            .put("cluster.name", "factcheck-local")
            .put("node.name", "factcheck-local-node")
            .put("network.host", "127.0.0.1")
            .put("http.port", httpPort)
            .put("transport.port", transportPort)
            .put("discovery.type", "single-node")
            .put("node.portsfile", true)
            .put("node.processors", Math.min(2, Runtime.getRuntime().availableProcessors()))
            // The parent breaker's real-memory mode assumes the distribution's heap settings.
            .put("indices.breaker.total.use_real_memory", false)
            // Development disks are often nearly full; a single local node should not turn read-only.
            .put("cluster.routing.allocation.disk.threshold_enabled", false)
            .put("action.destructive_requires_name", false)
            .build();

        Environment environment = new Environment(settings, config);
        LogConfigurator.registerErrorListener();
        LogConfigurator.configure(environment, true);

        Node node = new ClasspathNode(environment, PLUGINS);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                node.close();
                node.awaitClose(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                e.printStackTrace();
            } finally {
                stopped.countDown();
            }
        }, "search-node-shutdown"));
        node.start();
        // Node threads are daemons: keep the JVM alive until a shutdown signal arrives.
        stopped.await();
    }
}
