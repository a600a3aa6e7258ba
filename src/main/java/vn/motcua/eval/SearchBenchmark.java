package vn.motcua.eval;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.motcua.search.ProcedureSearcher;
import vn.motcua.search.SearchFilters;

/**
 * Measures search latency: the questions are run {@code warmup} rounds untimed (JIT, page cache),
 * then {@code rounds} rounds timed one by one, and the percentiles of every timed call are reported.
 */
public final class SearchBenchmark {

    private final ProcedureSearcher searcher;

    public SearchBenchmark(ProcedureSearcher searcher) {
        this.searcher = requireNonNull(searcher, "searcher may not be null");
    }

    /** The outcome: number of timed calls and their percentiles in ms. */
    public record Result(int calls, Map<String, Double> latencyMs) {}

    public Result run(List<String> questions, int warmup, int rounds) {
        for (int i = 0; i < warmup; i++) {
            for (String q : questions) {
                searcher.search(q, 10, SearchFilters.NONE);
            }
        }
        List<Double> samples = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            for (String q : questions) {
                long start = System.nanoTime();
                searcher.search(q, 10, SearchFilters.NONE);
                samples.add((System.nanoTime() - start) / 1e6);
            }
        }
        return new Result(samples.size(), Percentiles.summary(samples));
    }
}
