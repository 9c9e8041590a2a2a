package io.blueprint.web.it;

import org.junit.jupiter.api.Assertions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Two Blueprint nodes of the provisioned server and HAProxy in front of them, started by a test beside the suite's own
 * server and on its database, as {@code bench/cluster/run.sh} starts them for a person (the same
 * {@code src/cluster/haproxy.cfg}). Node N runs on port offset {@code 500 + 100·N} (HTTP 8680 and 8780) and the
 * balancer on 8880; the JGroups cluster has a name of its own, so it never meets another one on this machine.
 */
final class Cluster implements AutoCloseable {

    static final int BALANCER_PORT = 8880;
    private static final Duration START = Duration.ofMinutes(4);

    /** One node: its number, its port offset and its process (standalone.sh, with the JVM under it). */
    record Node(int number, int offset, Process process, Path home) {

        String name() {
            return "node" + number;
        }

        URL url() {
            return Cluster.url(8080 + offset);
        }

        int jgroupsPort() {
            return 7600 + offset;
        }

        URI health() {
            return URI.create("http://127.0.0.1:" + (9990 + offset) + "/health/ready");
        }

        boolean alive() {
            return process.isAlive();
        }
    }

    private final Path work;
    private final List<Node> nodes = new ArrayList<>();
    private Process balancer;

    private Cluster(Path work) {
        this.work = work;
    }

    /** Starts both nodes at once (the schema is migrated and the demo data seeded already), then the balancer. */
    static Cluster start() {
        Path server = Path.of(System.getProperty("jboss.home"));
        Cluster cluster = new Cluster(server.getParent().resolve("cluster-it"));
        try {
            cluster.startNodes(server);
            cluster.startBalancer();
            return cluster;
        } catch (IOException | RuntimeException | AssertionError e) {
            cluster.close();
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) wrap(e);
        }
    }

    private static RuntimeException wrap(Throwable e) {
        return e instanceof RuntimeException r ? r : new IllegalStateException(e.getMessage(), e);
    }

    URL balancer() {
        return url(BALANCER_PORT);
    }

    Node node(String name) {
        return nodes.stream().filter(n -> n.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no node " + name));
    }

    /** As a crash would: SIGKILL to the node's JVM, which gets no chance to hand anything over. */
    void kill(Node node) {
        node.process().descendants().forEach(ProcessHandle::destroyForcibly);
        node.process().destroyForcibly();
        try {
            Assertions.assertTrue(node.process().waitFor(30, TimeUnit.SECONDS), node.name() + " did not die");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void startNodes(Path server) throws IOException {
        deleteTree(work);
        Files.createDirectories(work);
        String members = "127.0.0.1[" + (7600 + 600) + "],127.0.0.1[" + (7600 + 700) + "]";
        for (int number = 1; number <= 2; number++) {
            int offset = 500 + 100 * number;
            Path home = work.resolve("node" + number);
            copyConfiguration(server.resolve("standalone/configuration"), home.resolve("configuration"));
            Files.createDirectories(home.resolve("deployments"));
            Files.copy(Path.of(System.getProperty("blueprint.war")), home.resolve("deployments/blueprint.war"));
            ProcessBuilder launch = new ProcessBuilder(server.resolve("bin/standalone.sh").toString(),
                    "-Djboss.server.base.dir=" + home, "-Djboss.node.name=node" + number,
                    "-Djboss.socket.binding.port-offset=" + offset, "-Djava.net.preferIPv4Stack=true")
                    .redirectErrorStream(true).redirectOutput(home.resolve("server.out").toFile());
            // the suite's own settings (database, demo accounts, trusted proxy) pass through the environment
            Map<String, String> env = launch.environment();
            env.put("LAUNCH_JBOSS_IN_BACKGROUND", "1");
            env.put("JBOSS_JAVA_SIZING", "-Xms128m -Xmx768m");
            env.put("BLUEPRINT_CLUSTER_NAME", "blueprint-cluster-it");
            env.put("BLUEPRINT_CLUSTER_MEMBERS", members);
            // a dead node's imports are found abandoned within seconds, not the minute a real cluster waits
            env.put("BLUEPRINT_MEASUREMENT_HEARTBEAT", "PT2S");
            env.put("BLUEPRINT_MEASUREMENT_ABANDONED_AFTER", "PT6S");
            nodes.add(new Node(number, offset, launch.start(), home));
        }
        Instant deadline = Instant.now().plus(START);
        for (Node node : nodes) {
            awaitUp(node.name(), node.url() + "login.xhtml", deadline, node);
            awaitUp(node.name() + "'s health", node.health().toString(), deadline, node);
        }
    }

    /** The server's configuration without what it holds of the suite's own deployments. */
    private static void copyConfiguration(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, to.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Path xml = to.resolve("standalone.xml");
        Files.writeString(xml, Files.readString(xml).replaceAll("(?s)<deployments>.*?</deployments>", ""));
    }

    private void startBalancer() throws IOException {
        ProcessBuilder launch = new ProcessBuilder("haproxy", "-db", "-f", System.getProperty("blueprint.haproxyConfig"))
                .redirectErrorStream(true).redirectOutput(work.resolve("haproxy.out").toFile());
        launch.environment().putAll(Map.of("BALANCER_PORT", String.valueOf(BALANCER_PORT),
                "NODE1_PORT", String.valueOf(8080 + nodes.get(0).offset()),
                "NODE2_PORT", String.valueOf(8080 + nodes.get(1).offset()),
                "NODE1_HEALTH", String.valueOf(9990 + nodes.get(0).offset()),
                "NODE2_HEALTH", String.valueOf(9990 + nodes.get(1).offset())));
        try {
            balancer = launch.start();
        } catch (IOException missing) {
            throw new AssertionError("The cluster test needs HAProxy: apt-get install -y haproxy", missing);
        }
        // both nodes are seen up after two health checks a second apart
        awaitUp("the balancer", balancer() + "login.xhtml", Instant.now().plusSeconds(30), null);
        sleep(Duration.ofSeconds(3));
    }

    private void awaitUp(String what, String url, Instant deadline, Node node) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        while (Instant.now().isBefore(deadline)) {
            if (node != null && (!node.alive() || startedWithErrors(node))) {
                throw new AssertionError(node.name() + " did not start: " + tail(node.home().resolve("server.out")));
            }
            try {
                HttpResponse<Void> answer = client.send(HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (answer.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(Duration.ofSeconds(1));
        }
        throw new AssertionError(what + " did not answer " + url + " within " + START
                + (node == null ? "" : ": " + tail(node.home().resolve("server.out"))));
    }

    /** WildFly's "started (with errors)": the deployment failed, and waiting longer would not help. */
    private static boolean startedWithErrors(Node node) {
        try {
            return Files.readString(node.home().resolve("server.out")).contains("WFLYSRV0026");
        } catch (IOException e) {
            return false;
        }
    }

    /** The last lines of a node's console, for a failure message. */
    static String tail(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no console: " + e.getMessage() + ")";
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static URL url(int port) {
        try {
            return URI.create("http://127.0.0.1:" + port + "/").toURL();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stops the balancer and every node still running; their consoles stay in target/cluster-it. */
    @Override
    public void close() {
        if (balancer != null) {
            balancer.destroy();
        }
        for (Node node : nodes) {
            if (node.alive()) {
                // standalone.sh in the background mode hands the TERM on to the JVM: a clean stop
                node.process().destroy();
            }
        }
        for (Node node : nodes) {
            try {
                if (!node.process().waitFor(60, TimeUnit.SECONDS)) {
                    node.process().descendants().forEach(ProcessHandle::destroyForcibly);
                    node.process().destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
