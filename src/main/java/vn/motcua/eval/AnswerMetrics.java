package vn.motcua.eval;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Answer-quality figures over gold cases and their {@link AnswerOutcome}s. Every rate is a share
 * of the cases it is defined on, with that count beside it; a rate over no case is null, never 0
 * or 1. Key names are fixed (see eval/README.md).
 */
public final class AnswerMetrics {

    private static final Set<String> REFUSALS = Set.of("refused", "emergency");

    private AnswerMetrics() {}

    public static Map<String, Object> of(List<GoldCase> cases, Map<String, AnswerOutcome> outcomes) {
        Rate status = new Rate();
        Rate refusal = new Rate();
        Rate falseRefusal = new Rate();
        Rate clarify = new Rate();
        Rate noInformation = new Rate();
        Rate procedure = new Rate();
        Rate followUp = new Rate();
        Rate facts = new Rate();
        Rate factsRightProcedure = new Rate();
        Rate unsupportedAnswers = new Rate();
        Rate citationValidity = new Rate();
        Rate citationPrecision = new Rate();
        int unsupportedFigures = 0;
        Map<String, Rate> factsByType = new TreeMap<>();
        Map<String, Map<String, Integer>> confusion = new TreeMap<>();
        Map<String, Rate> statusByTag = new TreeMap<>();
        for (GoldCase c : cases) {
            AnswerOutcome o = outcomes.get(c.id());
            if (o == null) {
                continue;
            }
            String want = c.expect().status();
            String got = o.status();
            confusion.computeIfAbsent(want, k -> new TreeMap<>()).merge(got, 1, Integer::sum);
            status.add(want.equals(got));
            for (String t : c.tags()) {
                statusByTag.computeIfAbsent(t, k -> new Rate()).add(want.equals(got));
            }
            if (REFUSALS.contains(want)) {
                refusal.add(want.equals(got));
            } else {
                falseRefusal.add(REFUSALS.contains(got));
            }
            if (want.equals("clarify")) {
                clarify.add(got.equals("clarify"));
            }
            if (want.equals("no_information")) {
                noInformation.add(got.equals("no_information"));
            }
            Set<String> expected = new HashSet<>(c.expect().procedures());
            expected.addAll(c.expect().acceptable());
            if (want.equals("answered") && !expected.isEmpty()) {
                boolean right = o.procedure() != null && expected.contains(o.procedure());
                procedure.add(right);
                if (!c.history().isEmpty()) {
                    followUp.add(right);
                }
                for (GoldCase.Fact f : c.expect().facts()) {
                    boolean found = o.factsFound().contains(f);
                    facts.add(found);
                    factsByType.computeIfAbsent(f.type(), k -> new Rate()).add(found);
                    if (right) {
                        factsRightProcedure.add(found);
                    }
                }
            }
            if (got.equals("answered")) {
                for (String cite : o.citations()) {
                    citationValidity.add(o.invalidCitations().stream().noneMatch(b -> b.startsWith(cite + " ")));
                    if (!expected.isEmpty() && !cite.contains("/")) {
                        citationPrecision.add(expected.contains(cite.substring(0, cite.indexOf(':'))));
                    }
                }
                unsupportedAnswers.add(!o.unsupported().isEmpty());
                unsupportedFigures += o.unsupported().size();
            }
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status_accuracy", status.toMap());
        m.put("status_confusion", confusion);
        m.put("refusal_recall", refusal.toMap());
        m.put("false_refusal_rate", falseRefusal.toMap());
        m.put("clarify_recall", clarify.toMap());
        m.put("no_information_recall", noInformation.toMap());
        m.put("answered_procedure_accuracy", procedure.toMap());
        m.put("follow_up_resolution", followUp.toMap());
        m.put("key_fact_recall", facts.toMap());
        m.put("key_fact_recall_right_procedure", factsRightProcedure.toMap());
        Map<String, Object> byType = new LinkedHashMap<>();
        factsByType.forEach((k, v) -> byType.put(k, v.toMap()));
        m.put("key_fact_recall_by_type", byType);
        m.put("answers_with_unsupported_figures", unsupportedAnswers.toMap());
        m.put("citation_validity", citationValidity.toMap());
        m.put("citation_precision", citationPrecision.toMap());
        m.put("unsupported_figures", unsupportedFigures);
        Map<String, Object> byTag = new LinkedHashMap<>();
        statusByTag.forEach((k, v) -> byTag.put(k, v.toMap()));
        m.put("status_accuracy_by_tag", byTag);
        m.put("latency_ms", Percentiles.summary(outcomes.values().stream().map(AnswerOutcome::latencyMs).toList()));
        Map<String, List<Double>> stages = new LinkedHashMap<>();
        for (AnswerOutcome o : outcomes.values()) {
            o.stageMs().forEach((stage, ms) -> stages.computeIfAbsent(stage, k -> new java.util.ArrayList<>()).add(ms));
        }
        Map<String, Object> perStage = new LinkedHashMap<>();
        for (String stage : List.of("guard", "understand", "retrieve", "decide", "compose")) {
            if (stages.containsKey(stage)) {
                perStage.put(stage, Percentiles.summary(stages.get(stage)));
            }
        }
        m.put("latency_ms_by_stage", perStage);
        return m;
    }

    /** A share with its count; the value is null when the count is zero. */
    static final class Rate {
        int yes;
        int total;

        void add(boolean hit) {
            total++;
            if (hit) {
                yes++;
            }
        }

        Double value() {
            return total == 0 ? null : Math.round(yes * 10000.0 / total) / 10000.0;
        }

        Map<String, Object> toMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("value", value());
            m.put("hits", yes);
            m.put("cases", total);
            return m;
        }
    }
}
