package io.retentionflow.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The figures of one run with what is needed to compare two runs: date, machine, JVM and command. */
record BenchmarkReport(OffsetDateTime date, String machine, String jvm, String command, double scale,
        List<Figure> figures) {

    static BenchmarkReport of(String command, double scale, List<Figure> figures) {
        Runtime runtime = Runtime.getRuntime();
        String machine = "%d cores (%s), %s memory".formatted(runtime.availableProcessors(),
                procValue("/proc/cpuinfo", "model name"), procValue("/proc/meminfo", "MemTotal"));
        String jvm = "%s %s, max heap %d MB".formatted(System.getProperty("java.vm.name"),
                System.getProperty("java.runtime.version"), runtime.maxMemory() >> 20);
        return new BenchmarkReport(OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS), machine, jvm,
                command, scale, figures);
    }

    void write(Path folder) {
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("results.md"), markdown());
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValue(folder.resolve("results.json").toFile(), json());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String markdown() {
        StringBuilder out = new StringBuilder()
                .append("- date: ").append(date).append('\n')
                .append("- machine: ").append(machine).append('\n')
                .append("- JVM: ").append(jvm).append('\n')
                .append("- command: `").append(command).append("`\n\n")
                .append("| figure | measured | target | ratio | met | note |\n|---|---|---|---|---|---|\n");
        for (Figure figure : figures) {
            out.append("| ").append(figure.name())
                    .append(" | ").append(number(figure.value())).append(' ').append(figure.unit())
                    .append(" | ").append(figure.target() == null ? "–" : (figure.atLeast() ? "≥ " : "≤ ") + number(figure.target()) + " " + figure.unit())
                    .append(" | ").append(figure.ratio() == null ? "–" : String.format(Locale.ROOT, "%.2f", figure.ratio()))
                    .append(" | ").append(figure.met() == null ? "–" : figure.met() ? "yes" : "**no**")
                    .append(" | ").append(figure.note()).append(" |\n");
        }
        return out.toString();
    }

    private Map<String, Object> json() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("date", date.toString());
        root.put("machine", machine);
        root.put("jvm", jvm);
        root.put("command", command);
        root.put("scale", scale);
        root.put("figures", figures.stream().map(figure -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", figure.name());
            entry.put("value", figure.value());
            entry.put("unit", figure.unit());
            entry.put("target", figure.target());
            entry.put("bound", figure.target() == null ? null : figure.atLeast() ? "at least" : "at most");
            entry.put("ratio", figure.ratio());
            entry.put("met", figure.met());
            entry.put("note", figure.note());
            return entry;
        }).toList());
        return root;
    }

    private static String number(double value) {
        return value >= 100 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.2f", value);
    }

    private static String procValue(String file, String key) {
        try {
            return Files.readAllLines(Path.of(file)).stream().filter(line -> line.startsWith(key))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim()).findFirst().orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
