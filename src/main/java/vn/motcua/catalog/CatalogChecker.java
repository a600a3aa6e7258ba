package vn.motcua.catalog;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Checks the stored knowledge base: every file against the JSON Schema, file name against code,
 * and the facts a reviewer needs to trust it: counts, per-field coverage, how many processing
 * times are parsed, text-only or missing, and a list of problems.
 */
public final class CatalogChecker {

    /** The schema shipped in the jar; the copy in knowledge-base/ is checked against it by a test. */
    public static final String SCHEMA_RESOURCE = "/procedure.schema.json";

    private final ProcedureStore store;
    private final ObjectMapper json;
    private final JsonSchema schema;

    public CatalogChecker(ProcedureStore store, ObjectMapper json) {
        this.store = requireNonNull(store, "store may not be null");
        this.json = requireNonNull(json, "json may not be null");
        try (InputStream in = CatalogChecker.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("schema resource missing from the jar: " + SCHEMA_RESOURCE);
            }
            this.schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SCHEMA_RESOURCE, e);
        }
    }

    /** Checks every stored file. */
    public CheckReport check() {
        List<String> problems = new ArrayList<>();
        int schemaErrors = 0;
        List<Procedure> procedures = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (Path f : store.files()) {
            String name = f.getFileName().toString();
            JsonNode node;
            try {
                node = json.readTree(Files.readString(f, StandardCharsets.UTF_8));
            } catch (IOException e) {
                schemaErrors++;
                problems.add(name + ": not valid JSON: " + e.getMessage().lines().findFirst().orElse(""));
                continue;
            }
            Set<ValidationMessage> errors = schema.validate(node);
            if (!errors.isEmpty()) {
                schemaErrors += errors.size();
                errors.stream().limit(5).forEach(m -> problems.add(name + ": " + m.getMessage()));
                continue;
            }
            Procedure p;
            try {
                p = json.treeToValue(node, Procedure.class);
            } catch (IOException | IllegalArgumentException e) {
                schemaErrors++;
                problems.add(name + ": " + e.getMessage().lines().findFirst().orElse(""));
                continue;
            }
            if (!name.equals(p.code() + ".json")) {
                schemaErrors++;
                problems.add(name + ": file name does not match code " + p.code());
            }
            codes.add(p.code());
            procedures.add(p);
            contentProblems(p).forEach(problem -> problems.add(name + ": " + problem));
        }
        return new CheckReport(codes.size(), schemaErrors, coverage(procedures), timeCounts(procedures),
                datasets(procedures), problems, noteCount(procedures));
    }

    /** Gaps a reviewer should know about; they are not schema errors. */
    private static List<String> contentProblems(Procedure p) {
        List<String> out = new ArrayList<>();
        if (p.documentCount() == 0) {
            out.add("no required documents");
        }
        if (p.steps().isEmpty()) {
            out.add("no steps");
        }
        if (p.channels().isEmpty()) {
            out.add("no submission channel");
        }
        if (p.legalBasis().isEmpty()) {
            out.add("no legal basis");
        }
        if (p.notes().stream().anyMatch(n -> n.field().equals("name"))) {
            out.add("name field holds a decision title");
        }
        return out;
    }

    private static Map<String, Double> coverage(List<Procedure> ps) {
        Map<String, Predicate<Procedure>> fields = new LinkedHashMap<>();
        fields.put("name", p -> !p.name().isBlank());
        fields.put("decision", p -> p.decision() != null);
        fields.put("levels", p -> !p.levels().isEmpty());
        fields.put("field", p -> p.field() != null);
        fields.put("kind", p -> p.kind() != null);
        fields.put("target_group", p -> p.targetGroup() != null);
        fields.put("agencies.implementing", p -> !p.agencies().implementing().isEmpty());
        fields.put("agencies.competent", p -> !p.agencies().competent().isEmpty());
        fields.put("reception_address", p -> p.receptionAddress() != null);
        fields.put("steps", p -> !p.steps().isEmpty());
        fields.put("channels", p -> !p.channels().isEmpty());
        fields.put("processing_time", p -> p.channels().stream().anyMatch(c -> c.processingTime().isParsed()));
        fields.put("fee", p -> p.channels().stream().anyMatch(c -> c.fee().isKnown()));
        fields.put("documents", p -> p.documentCount() > 0);
        fields.put("conditions", p -> p.conditions() != null);
        fields.put("result", p -> p.result() != null);
        fields.put("legal_basis", p -> !p.legalBasis().isEmpty());
        fields.put("keywords", p -> !p.keywords().isEmpty());
        fields.put("source.url", p -> p.source().url() != null);
        Map<String, Double> out = new LinkedHashMap<>();
        fields.forEach((k, test) -> out.put(k, ps.isEmpty() ? 0.0 : round(ps.stream().filter(test).count() / (double) ps.size())));
        return out;
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }

    private static Map<String, Integer> timeCounts(List<Procedure> ps) {
        int parsed = 0;
        int textOnly = 0;
        int none = 0;
        for (Procedure p : ps) {
            for (Channel c : p.channels()) {
                if (c.processingTime().isParsed()) {
                    parsed++;
                } else if (c.processingTime().isTextOnly()) {
                    textOnly++;
                } else {
                    none++;
                }
            }
        }
        Map<String, Integer> out = new LinkedHashMap<>();
        out.put("parsed", parsed);
        out.put("text_only", textOnly);
        out.put("none", none);
        return out;
    }

    private static Map<String, Integer> datasets(List<Procedure> ps) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (Procedure p : ps) {
            out.merge(p.source().dataset(), 1, Integer::sum);
            for (String s : p.source().supplementedBy()) {
                out.merge(p.source().dataset() + "+" + s, 1, Integer::sum);
            }
        }
        return out;
    }

    private static int noteCount(List<Procedure> ps) {
        return ps.stream().mapToInt(p -> p.notes().size()).sum();
    }

    /**
     * The outcome of a check. {@code processingTimes} counts channels by how their time is known;
     * {@code datasets} counts records by source dataset (and "a+b" for records completed from b).
     */
    public record CheckReport(
            int procedures,
            int schemaErrors,
            Map<String, Double> coverage,
            Map<String, Integer> processingTimes,
            Map<String, Integer> datasets,
            List<String> problems,
            int dataNotes) {

        public CheckReport {
            coverage = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(coverage));
            processingTimes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(processingTimes));
            datasets = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(datasets));
            problems = List.copyOf(problems);
        }
    }
}
