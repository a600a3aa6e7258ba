package vn.motcua.eval;

import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.motcua.catalog.AtomicFiles;

/**
 * What the regression gate holds the code to ({@code eval/baseline.json}): the ids of the cases
 * that pass, per gold file (by file name), and the figures of the run that recorded them. It changes
 * only through {@code eval gate --write-baseline}, so every change is a reviewed commit.
 */
public record Baseline(Map<String, List<String>> passing, Map<String, Double> metrics) {

    public Baseline {
        Map<String, List<String>> p = new TreeMap<>();
        passing.forEach((k, v) -> p.put(k, List.copyOf(v)));
        passing = Collections.unmodifiableMap(p);
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    }

    /** The baseline of a run: its passing ids per gold file and its value of every given figure. */
    public static Baseline of(Map<String, Map<String, CaseVerdict>> verdictsByFile, JsonNode report, List<String> metricPaths) {
        Map<String, List<String>> passing = new TreeMap<>();
        verdictsByFile.forEach((file, verdicts) -> passing.put(file,
                verdicts.entrySet().stream().filter(e -> e.getValue().pass()).map(Map.Entry::getKey).toList()));
        Map<String, Double> metrics = new LinkedHashMap<>();
        metricPaths.forEach(p -> metrics.put(p, new ReportMetric(p, true).value(report)));
        return new Baseline(passing, metrics);
    }

    /** Reads the file; fails naming it when it is not a baseline. */
    public static Baseline read(Path file, ObjectMapper json) {
        JsonNode root;
        try {
            root = json.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read baseline " + file, e);
        }
        if (root == null || !root.path("passing").isObject()) {
            throw new IllegalArgumentException(file + ": not a baseline (no \"passing\" object); write one with eval gate --write-baseline");
        }
        Map<String, List<String>> passing = new TreeMap<>();
        root.get("passing").fields().forEachRemaining(e -> {
            List<String> ids = new ArrayList<>();
            e.getValue().forEach(id -> ids.add(id.asText()));
            passing.put(e.getKey(), ids);
        });
        Map<String, Double> metrics = new LinkedHashMap<>();
        root.path("metrics").fields().forEachRemaining(e -> metrics.put(e.getKey(), e.getValue().isNumber() ? e.getValue().asDouble() : null));
        return new Baseline(passing, metrics);
    }

    /** Writes the file atomically, one line of ids per gold file, so a review diff shows which file moved. */
    public void write(Path file, ObjectMapper json) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("passing", passing);
        root.put("metrics", metrics);
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withArrayIndenter(DefaultPrettyPrinter.FixedSpaceIndenter.instance);
        try {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            AtomicFiles.write(file, json.copy().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, false).writer(printer).writeValueAsString(root) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write baseline " + file, e);
        }
    }
}
