package io.retentionflow.benchmark;

import io.retentionflow.support.RequiresPostgres;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The benchmark suite at full size (docs/benchmarks.md), written to the build directory's {@code benchmarks/}. Not a
 * test: its name keeps it out of the build's test run; the Maven profile runs it in a 512 MB heap.
 * <pre>./mvnw -Pbenchmark test</pre>
 */
@RequiresPostgres
class BenchmarkSuiteRun {

    @Test
    void measure() {
        double scale = Double.parseDouble(System.getProperty("benchmark.scale", "1.0"));
        String only = System.getProperty("benchmark.only", "");
        Set<String> parts = only.isBlank() ? BenchmarkSuite.PARTS : Set.of(only.split(","));
        if (!BenchmarkSuite.PARTS.containsAll(parts)) {
            throw new IllegalArgumentException("benchmark.only names parts of " + BenchmarkSuite.PARTS + ": " + only);
        }
        BenchmarkSuite.run(scale, parts, "./mvnw -Pbenchmark -Dbenchmark.scale=" + scale
                + (only.isBlank() ? "" : " -Dbenchmark.only=" + only) + " test",
                Path.of(System.getProperty("benchmark.output")));
    }
}
