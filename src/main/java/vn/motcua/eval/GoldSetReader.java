package vn.motcua.eval;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.motcua.catalog.JsonLines;

/**
 * Reads gold sets in the JSON Lines schema of eval/README.md from any number of files. Every
 * problem is reported with its file and line, and all problems at once, so a reviewer can fix a
 * foreign gold set in one pass.
 */
public final class GoldSetReader {

    private final ObjectMapper json;

    public GoldSetReader(ObjectMapper json) {
        this.json = requireNonNull(json, "json may not be null");
    }

    /** Reads all files; throws IllegalArgumentException listing every problem found. */
    public List<GoldCase> read(List<Path> files) {
        List<GoldCase> out = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Path f : files) {
            for (JsonLines.Line line : JsonLines.read(f)) {
                String where = line.where();
                try {
                    GoldCase c = parse(json.readTree(line.text()), where, problems);
                    if (c != null) {
                        if (!ids.add(c.id())) {
                            problems.add(where + ": duplicate id " + c.id());
                        }
                        out.add(c);
                    }
                } catch (IOException e) {
                    problems.add(where + ": not valid JSON: " + e.getMessage().lines().findFirst().orElse(""));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.size() + " problem(s) in the gold set:\n  " + String.join("\n  ", problems));
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("the gold set is empty: " + files);
        }
        return out;
    }

    private static GoldCase parse(JsonNode n, String where, List<String> problems) {
        int before = problems.size();
        if (!n.isObject()) {
            problems.add(where + ": expected a JSON object");
            return null;
        }
        String id = text(n, "id");
        String question = text(n, "question");
        if (id == null || id.isBlank()) {
            problems.add(where + ": missing \"id\"");
        }
        if (question == null || question.isBlank()) {
            problems.add(where + ": missing \"question\"");
        }
        JsonNode e = n.get("expect");
        if (e == null || !e.isObject()) {
            problems.add(where + ": missing \"expect\" object");
            return null;
        }
        String status = text(e, "status");
        if (status == null || !GoldCase.STATUSES.contains(status)) {
            problems.add(where + ": expect.status must be one of " + GoldCase.STATUSES + ", got " + status);
        }
        List<String> procedures = strings(e.get("procedures"), where + ": expect.procedures", problems);
        List<String> acceptable = strings(e.get("acceptable"), where + ": expect.acceptable", problems);
        for (String code : concat(procedures, acceptable)) {
            if (!code.matches("\\d{1,2}\\.\\d{6}")) {
                problems.add(where + ": not a procedure code: " + code);
            }
        }
        List<GoldCase.Fact> facts = new ArrayList<>();
        JsonNode fs = e.get("facts");
        if (fs != null && !fs.isNull()) {
            if (!fs.isArray()) {
                problems.add(where + ": expect.facts must be a list");
            } else {
                for (JsonNode f : fs) {
                    String type = text(f, "type");
                    String value = text(f, "value");
                    if (type == null || !GoldCase.FACT_TYPES.contains(type) || value == null || value.isBlank()) {
                        problems.add(where + ": a fact needs a type in " + GoldCase.FACT_TYPES + " and a value");
                    } else {
                        facts.add(new GoldCase.Fact(type, value));
                    }
                }
            }
        }
        List<GoldCase.Turn> history = new ArrayList<>();
        JsonNode h = n.get("history");
        if (h != null && !h.isNull()) {
            if (!h.isArray()) {
                problems.add(where + ": history must be a list");
            } else {
                for (JsonNode t : h) {
                    String role = text(t, "role");
                    if (!"user".equals(role) && !"assistant".equals(role)) {
                        problems.add(where + ": history role must be user or assistant");
                    }
                    history.add(new GoldCase.Turn(role, text(t, "text")));
                }
            }
        }
        List<String> tags = strings(n.get("tags"), where + ": tags", problems);
        if (problems.size() > before) {
            return null;
        }
        return new GoldCase(id, question, history, new GoldCase.Expect(status, procedures, acceptable, facts), tags);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n == null ? null : n.get(field);
        return v == null || v.isNull() || !v.isValueNode() ? null : v.asText();
    }

    private static List<String> strings(JsonNode n, String where, List<String> problems) {
        List<String> out = new ArrayList<>();
        if (n == null || n.isNull()) {
            return out;
        }
        if (!n.isArray()) {
            problems.add(where + " must be a list of strings");
            return out;
        }
        for (JsonNode v : n) {
            if (!v.isTextual()) {
                problems.add(where + " must be a list of strings");
                return out;
            }
            out.add(v.asText());
        }
        return out;
    }
}
