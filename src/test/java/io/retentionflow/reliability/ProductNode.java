package io.retentionflow.reliability;

import static org.awaitility.Awaitility.await;

import io.retentionflow.support.PlainHttp;
import io.retentionflow.support.PostgresTestDatabase;
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
 * The packaged product running as a process of its own, as production runs it: PostgreSQL and the Bronto
 * sandbox (whose state lives in the same database, so it outlives the process like Bronto would). It can be
 * killed with SIGKILL, which gives it no chance to finish anything, and started again on the same port.
 * Its output goes to {@code <build>/reliability/<name>-<start>.log}.
 */
final class ProductNode implements AutoCloseable {

    /** Short, so a job a killed node had locked is taken up again within seconds, not Camunda's five minutes. */
    static final Duration JOB_LOCK_TIME = Duration.ofSeconds(15);

    private final String name;
    private final String databaseUrl;
    private final int port;
    private final List<String> settings;
    private Process process;
    private int starts;

    private ProductNode(String name, String databaseUrl, List<String> settings) {
        this.name = name;
        this.databaseUrl = databaseUrl;
        this.port = freePort();
        this.settings = List.copyOf(settings);
    }

    /** Starts a node and waits until it answers healthy; {@code settings} are further {@code --key=value} arguments. */
    static ProductNode start(String name, String databaseUrl, String... settings) {
        ProductNode node = new ProductNode(name, databaseUrl, List.of(settings));
        try {
            node.restart();
        } catch (RuntimeException e) {
            // the caller never gets the node to close: a process left running would hold its database
            node.close();
            throw e;
        }
        return node;
    }

    void restart() {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException(name + " is still running");
        }
        starts++;
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx512m", "-jar", jar().toString(),
                "--server.port=" + port,
                // the job log names the node that ran each job
                "--camunda.bpm.generic-properties.properties.hostname=" + name,
                "--camunda.bpm.job-execution.lock-time-in-millis=" + JOB_LOCK_TIME.toMillis(),
                "--imports.demo-data=false",
                "--imports.drop-folder=" + logDirectory().resolve(name + "-inbox")));
        command.addAll(settings);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log().toFile());
        Map<String, String> env = builder.environment();
        env.put("SPRING_PROFILES_ACTIVE", "postgres,sandbox");
        env.put("DATABASE_URL", databaseUrl);
        env.put("DATABASE_USER", PostgresTestDatabase.USER);
        env.put("DATABASE_PASSWORD", PostgresTestDatabase.PASSWORD);
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
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    PlainHttp http() {
        return new PlainHttp(port);
    }

    String name() {
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

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
