package vn.motcua.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A token bucket per client: {@code burst} requests at once, refilled at {@code perMinute}. The
 * table of clients is bounded, the least recently seen dropped first. Thread-safe.
 */
final class RateLimiter {

    private static final int MAX_CLIENTS = 10_000;

    private final double perNano;
    private final int burst;
    private final Map<String, double[]> buckets = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, double[]> eldest) {
            return size() > MAX_CLIENTS;
        }
    };

    RateLimiter(int perMinute, int burst) {
        this.perNano = perMinute / 60e9;
        this.burst = burst;
    }

    /** 0 when the request may go ahead, else the seconds to wait before the next one is allowed. */
    synchronized int acquire(String client, long nowNanos) {
        double[] b = buckets.computeIfAbsent(client, k -> new double[] {burst, nowNanos});
        // Callers read the clock before taking the lock, so a later request may carry an earlier time.
        b[0] = Math.min(burst, b[0] + Math.max(0, nowNanos - b[1]) * perNano);
        b[1] = Math.max(b[1], nowNanos);
        if (b[0] >= 1) {
            b[0] -= 1;
            return 0;
        }
        return (int) Math.ceil((1 - b[0]) / perNano / 1e9);
    }
}
