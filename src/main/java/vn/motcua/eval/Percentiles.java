package vn.motcua.eval;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Nearest-rank percentiles of latency samples, in milliseconds. */
public final class Percentiles {

    private Percentiles() {}

    public static double of(List<Double> samples, double p) {
        if (samples.isEmpty()) {
            return 0;
        }
        double[] s = samples.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(s);
        int rank = (int) Math.ceil(p / 100.0 * s.length);
        return s[Math.max(0, Math.min(s.length - 1, rank - 1))];
    }

    /** p50, p95, p99 and max, rounded to 0.01 ms. */
    public static Map<String, Double> summary(List<Double> samples) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("p50", round(of(samples, 50)));
        m.put("p95", round(of(samples, 95)));
        m.put("p99", round(of(samples, 99)));
        m.put("max", round(of(samples, 100)));
        return m;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
