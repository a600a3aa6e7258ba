package vn.motcua.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The floors and ceilings of the regression gate ({@code eval/thresholds.json}): report.json paths
 * under {@code "min"} must not drop below their value, those under {@code "max"} must not rise above it.
 */
public record Thresholds(Map<String, Double> min, Map<String, Double> max) {

    public Thresholds {
        min = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(min));
        max = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(max));
        min.keySet().forEach(k -> new ReportMetric(k, true));
        max.keySet().forEach(k -> new ReportMetric(k, false));
    }

    /** Every path named, floors first. */
    public List<String> paths() {
        List<String> all = new ArrayList<>(min.keySet());
        max.keySet().stream().filter(k -> !all.contains(k)).forEach(all::add);
        return all;
    }

    /** Reads the file; fails naming the file and every malformed entry. */
    public static Thresholds read(Path file, ObjectMapper json) {
        JsonNode root;
        try {
            root = json.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read thresholds " + file, e);
        }
        List<String> problems = new ArrayList<>();
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException(file + ": expected an object with \"min\" and/or \"max\"");
        }
        root.fieldNames().forEachRemaining(k -> {
            if (!k.equals("min") && !k.equals("max")) {
                problems.add("unknown key \"" + k + "\" (only \"min\" and \"max\")");
            }
        });
        Map<String, Double> min = section(root, "min", problems);
        Map<String, Double> max = section(root, "max", problems);
        if (min.isEmpty() && max.isEmpty() && problems.isEmpty()) {
            problems.add("no threshold at all");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(file + ": " + String.join("; ", problems));
        }
        return new Thresholds(min, max);
    }

    private static Map<String, Double> section(JsonNode root, String name, List<String> problems) {
        Map<String, Double> out = new LinkedHashMap<>();
        JsonNode s = root.get(name);
        if (s == null) {
            return out;
        }
        if (!s.isObject()) {
            problems.add("\"" + name + "\" must be an object of report paths to numbers");
            return out;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = s.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isNumber()) {
                problems.add(name + "." + e.getKey() + " must be a number, not " + e.getValue());
            } else {
                out.put(e.getKey(), e.getValue().asDouble());
            }
        }
        return out;
    }
}
