package io.retentionflow.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import io.retentionflow.support.RequiresPostgres;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps the benchmark suite from rotting: it runs at a tiny size and must produce every figure and both files.
 * The targets are not checked here; timings on a shared CI machine say nothing.
 */
@RequiresPostgres
class BenchmarkSuiteSmokeTest {

    @TempDir
    Path output;

    @Test
    void theSuiteRunsAtATinySizeAndWritesEveryFigure() {
        BenchmarkReport report = BenchmarkSuite.run(0.001, BenchmarkSuite.PARTS, "smoke test", output);

        assertThat(report.figures()).hasSize(15).allSatisfy(figure -> {
            assertThat(figure.value()).isFinite();
            assertThat(figure.unit()).isNotBlank();
        });
        assertThat(output.resolve("results.md")).content().contains(report.figures().get(0).name());
        assertThat(output.resolve("results.json")).content().contains("\"figures\"", "\"machine\"", "\"jvm\"");
    }
}
