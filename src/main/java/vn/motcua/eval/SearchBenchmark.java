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

    private final java.util.function.Consumer<String> call;

    public SearchBenchmark(ProcedureSearcher searcher) {
        requireNonNull(searcher, "searcher may not be null");
        this.call = q -> searcher.search(q, 10, SearchFilters.NONE);
    }

    /** Times any per-question call, e.g. the whole answer pipeline. */
    public SearchBenchmark(java.util.function.Consumer<String> call) {
        this.call = requireNonNull(call, "call may not be null");
    }

    /** The outcome: number of timed calls and their percentiles in ms. */
    public record Result(int calls, Map<String, Double> latencyMs) {}

    public Result run(List<String> questions, int warmup, int rounds) {
        for (int i = 0; i < warmup; i++) {
            for (String q : questions) {
                call.accept(q);
            }
        }
        List<Double> samples = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            for (String q : questions) {
                long start = System.nanoTime();
                call.accept(q);
                samples.add((System.nanoTime() - start) / 1e6);
            }
        }
        return new Result(samples.size(), Percentiles.summary(samples));
    }
}
