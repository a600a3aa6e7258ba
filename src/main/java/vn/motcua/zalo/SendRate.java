package vn.motcua.zalo;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * The outbound rate limit every send to Zalo shares: requests are spaced at least 1/rate apart,
 * whichever thread makes them, so a burst of replies never exceeds the rate Zalo allows.
 */
final class SendRate {

    private final long intervalNanos;
    private final LongSupplier nanoTime;
    private final Pause pause;
    private long next = Long.MIN_VALUE;

    SendRate(int perSecond, LongSupplier nanoTime, Pause pause) {
        if (perSecond < 1) {
            throw new IllegalArgumentException("the rate must be at least 1 request per second: " + perSecond);
        }
        this.intervalNanos = 1_000_000_000L / perSecond;
        this.nanoTime = requireNonNull(nanoTime, "nanoTime may not be null");
        this.pause = requireNonNull(pause, "pause may not be null");
    }

    /** Takes the next slot, waiting until it comes. */
    void acquire() throws InterruptedException {
        long wait;
        synchronized (this) {
            long now = nanoTime.getAsLong();
            long slot = next == Long.MIN_VALUE ? now : Math.max(now, next);
            next = slot + intervalNanos;
            wait = slot - now;
        }
        if (wait > 0) {
            pause.pause(Duration.ofNanos(wait));
        }
    }
}
