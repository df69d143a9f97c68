package io.retentionflow.support;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged product running as a process of its own: on PostgreSQL with the Bronto sandbox, as production
 * runs it (the sandbox's state lives in the same database, so it outlives the process like Bronto would), or as
 * the embedded default a new user starts. It can be killed with SIGKILL, which gives it no chance to finish
 * anything, and started again on the same port. Its output goes to {@code <build>/reliability/<name>-<start>.log}.
 */
public final class ProductNode implements AutoCloseable {

    /** Short, so a job a killed node had locked is taken up again within seconds, not Camunda's five minutes. */
    public static final Duration JOB_LOCK_TIME = Duration.ofSeconds(15);

    private final String name;
    private final int port;
    private final Map<String, String> environment;
    private final List<String> settings;
    private Process process;
    private int starts;

    private ProductNode(String name, int port, Map<String, String> environment, List<String> settings) {
        this.name = name;
        this.port = port;
        this.environment = Map.copyOf(environment);
        this.settings = List.copyOf(settings);
    }

    /**
     * Starts a node on PostgreSQL, without the demo, and waits until it answers healthy; {@code settings} are
     * further {@code --key=value} arguments.
     */
    public static ProductNode start(String name, String databaseUrl, String... settings) {
        List<String> all = new ArrayList<>(List.of("--imports.demo-data=false"));
        all.addAll(List.of(settings));
        return started(new ProductNode(name, freePort(), Map.of(
                "SPRING_PROFILES_ACTIVE", "postgres,sandbox",
                "DATABASE_URL", databaseUrl,
                "DATABASE_USER", PostgresTestDatabase.USER,
                "DATABASE_PASSWORD", PostgresTestDatabase.PASSWORD), all));
    }

    /**
     * Starts the embedded default as {@code ./mvnw spring-boot:run} does (H2, the sandbox, the demo), with its H2
     * file under the log folder, fresh for each call, on {@code port} (see {@link #freePort()}).
     */
    public static ProductNode startEmbedded(String name, int port, String... settings) {
        Path database = logDirectory().resolve(name + "-" + System.currentTimeMillis() + "-db").resolve("retention-flow");
        return started(new ProductNode(name, port,
                Map.of("DATABASE_URL", "jdbc:h2:file:" + database.toAbsolutePath() + ";AUTO_SERVER=TRUE"),
                List.of(settings)));
    }

    private static ProductNode started(ProductNode node) {
        try {
            node.restart();
        } catch (RuntimeException e) {
            // the caller never gets the node to close: a process left running would hold its database
            node.close();
            throw e;
        }
        return node;
    }

    public void restart() {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException(name + " is still running");
        }
        starts++;
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx512m", "-jar", jar().toString(),
                "--server.port=" + port,
                // the job log names the node that ran each job
                "--camunda.bpm.generic-properties.properties.hostname=" + name,
                "--camunda.bpm.job-execution.lock-time-in-millis=" + JOB_LOCK_TIME.toMillis(),
                "--imports.drop-folder=" + logDirectory().resolve(name + "-inbox")));
        command.addAll(settings);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log().toFile());
        builder.environment().putAll(environment);
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
        awaitHealthy();
    }

    private void awaitHealthy() {
        PlainHttp http = http();
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " ended on start; see " + log());
            }
            try {
                HttpResponse<String> health = http.send(http.request("/actuator/health")
                        .header("Accept", "application/json").GET().build());
                return health.statusCode() == 200;
            } catch (RuntimeException refused) {
                return false;
            }
        });
    }

    /** SIGKILL: no shutdown hook runs, no transaction is finished, no lock is released. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public PlainHttp http() {
        return new PlainHttp(port);
    }

    public String name() {
        return name;
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    kill();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private Path log() {
        return logDirectory().resolve(name + "-" + starts + ".log");
    }

    private static Path logDirectory() {
        Path directory = Path.of(System.getProperty("reliability.logs", "target/reliability"));
        try {
            return Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path jar() {
        Path jar = Path.of(System.getProperty("product.jar", "target/retention-flow.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no product jar at " + jar + "; these tests run in `./mvnw verify`");
        }
        return jar;
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    public int port() {
        return port;
    }

    /** A port nobody listens on now, for a node whose address must be known before it starts. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
