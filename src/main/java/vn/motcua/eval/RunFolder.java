package vn.motcua.eval;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.catalog.JsonLines;

/**
 * A finished eval run read back from its folder: report.json and, per case, what the diff needs
 * from results.jsonl. Runs written before cases carried {@code pass} read with a null pass.
 */
public record RunFolder(Path dir, JsonNode report, Map<String, Case> cases) {

    public RunFolder {
        requireNonNull(dir, "dir may not be null");
        requireNonNull(report, "report may not be null");
        cases = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(cases));
    }

    /** One line of results.jsonl, reduced to what decides whether the case passes. */
    public record Case(String id, String status, String expectedStatus, Boolean pass, List<String> failures, int firstRelevantRank) {
        public Case {
            requireNonNull(id, "id may not be null");
            failures = List.copyOf(failures);
        }
    }

    /** Reads the run in {@code dir}; fails naming the folder when it is not an eval run. */
    public static RunFolder read(Path dir, ObjectMapper json) {
        Path report = dir.resolve("report.json");
        Path results = dir.resolve("results.jsonl");
        if (!Files.isRegularFile(report) || !Files.isRegularFile(results)) {
            throw new IllegalArgumentException("not an eval run (needs report.json and results.jsonl): " + dir);
        }
        try {
            Map<String, Case> cases = new LinkedHashMap<>();
            for (JsonLines.Line line : JsonLines.read(results)) {
                JsonNode n = json.readTree(line.text());
                if (!n.hasNonNull("id")) {
                    throw new IllegalArgumentException(line.where() + ": a result without \"id\"");
                }
                List<String> failures = new ArrayList<>();
                n.path("failures").forEach(f -> failures.add(f.asText()));
                Case c = new Case(n.get("id").asText(), n.path("status").asText(""), n.hasNonNull("expected_status") ? n.get("expected_status").asText() : null,
                        n.hasNonNull("pass") ? n.get("pass").asBoolean() : null, failures, n.path("first_relevant_rank").asInt(0));
                cases.put(c.id(), c);
            }
            return new RunFolder(dir, json.readTree(report.toFile()), cases);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read eval run " + dir, e);
        }
    }
}
