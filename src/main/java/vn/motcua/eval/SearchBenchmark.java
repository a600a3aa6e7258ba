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

    /**
     * The outcome: number of timed calls, the percentiles of their wall-clock time and of the CPU
     * time of the calling thread, in ms. CPU time barely moves when other processes share the
     * machine, so it compares two versions of the code better than latency does.
     */
    public record Result(int calls, Map<String, Double> latencyMs, Map<String, Double> cpuMs) {}

    public Result run(List<String> questions, int warmup, int rounds) {
        for (int i = 0; i < warmup; i++) {
            for (String q : questions) {
                call.accept(q);
            }
        }
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        boolean cpu = threads.isCurrentThreadCpuTimeSupported();
        List<Double> samples = new ArrayList<>();
        List<Double> cpuSamples = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            for (String q : questions) {
                long cpuStart = cpu ? threads.getCurrentThreadCpuTime() : 0;
                long start = System.nanoTime();
                call.accept(q);
                samples.add((System.nanoTime() - start) / 1e6);
                if (cpu) {
                    cpuSamples.add((threads.getCurrentThreadCpuTime() - cpuStart) / 1e6);
                }
            }
        }
        return new Result(samples.size(), Percentiles.summary(samples), cpu ? Percentiles.summary(cpuSamples) : Map.of());
    }
}
