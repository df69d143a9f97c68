package io.retentionflow.benchmark;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;

/**
 * Start-up of the embedded default (sandbox profile) to a usable Tasklist: a fresh JVM on the product's classes and
 * dependencies, as the packaged jar would run, with H2 in memory instead of a file so every start is a first start.
 * Timed from launching the JVM until Tasklist's page answers 200.
 */
final class StartupBenchmark {

    private static final String TASKLIST = "/camunda/app/tasklist/default/";
    private static final Duration GIVE_UP = Duration.ofMinutes(3);

    private StartupBenchmark() {
    }

    static Figure measure(int runs, Path logs) {
        List<Double> seconds = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            seconds.add(startOnce(logs.resolve("startup-" + run + ".log")));
        }
        return new Figure("start-up of the embedded default to a usable Tasklist", Figure.median(seconds), "s", 20.0,
                "median of " + runs + " cold JVM starts, H2 in memory, demo data loaded; runs "
                        + seconds.stream().map(s -> String.format("%.1f", s)).collect(Collectors.joining(", ")) + " s");
    }

    private static double startOnce(Path log) {
        int port = freePort();
        Process product;
        long start = System.nanoTime();
        try {
            Path workingDirectory = Files.createTempDirectory("benchmark-startup");
            // the suite's own heap limit, so a -Xmx512m run holds for the start-up too
            product = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx" + (Runtime.getRuntime().maxMemory() >> 20) + "m", "-cp", productClassPath(), "io.retentionflow.RetentionFlowApplication",
                    "--spring.profiles.active=sandbox", "--server.port=" + port,
                    "--spring.datasource.url=jdbc:h2:mem:startup;DB_CLOSE_DELAY=-1")
                    .directory(workingDirectory.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile())
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            waitForTasklist(port, product, log);
            return (System.nanoTime() - start) / 1e9;
        } finally {
            stop(product);
        }
    }

    private static void waitForTasklist(int port, Process product, Path log) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest tasklist = HttpRequest.newBuilder(URI.create("http://localhost:" + port + TASKLIST))
                .timeout(Duration.ofSeconds(10)).build();
        Awaitility.await("Tasklist answering 200; see " + log).atMost(GIVE_UP)
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    if (!product.isAlive()) {
                        throw new IllegalStateException("the product stopped during start-up; see " + log);
                    }
                    try {
                        return http.send(tasklist, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                    } catch (ConnectException notListeningYet) {
                        return false;
                    }
                });
    }

    /** The test run's class path without the test classes: what the product's jar holds. */
    private static String productClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void stop(Process product) {
        product.destroy();
        try {
            if (!product.waitFor(30, TimeUnit.SECONDS)) {
                product.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
