package vn.motcua.eval;

import java.util.List;

/** What the system did with one gold case, as written to results.jsonl. */
public record CaseResult(
        String id,
        String question,
        List<String> tags,
        String status,
        List<String> ranked,
        String answer,
        List<String> citations,
        int firstRelevantRank,
        RetrievalMetrics metrics,
        List<String> rankedDeaccented,
        RetrievalMetrics metricsDeaccented,
        double latencyMs) {

    public CaseResult {
        tags = List.copyOf(tags);
        ranked = List.copyOf(ranked);
        citations = List.copyOf(citations);
        rankedDeaccented = List.copyOf(rankedDeaccented);
    }
}
