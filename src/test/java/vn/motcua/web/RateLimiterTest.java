package vn.motcua.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RateLimiterTest {

    @Test
    void allowsABurstThenAsksToWait() {
        RateLimiter limiter = new RateLimiter(60, 2);

        assertEquals(0, limiter.acquire("a", 0));
        assertEquals(0, limiter.acquire("a", 0));
        assertTrue(limiter.acquire("a", 0) >= 1);
        assertEquals(0, limiter.acquire("b", 0), "another client has its own bucket");
    }

    @Test
    void refillsOverTime() {
        RateLimiter limiter = new RateLimiter(60, 1);
        limiter.acquire("a", 0);

        assertEquals(0, limiter.acquire("a", 1_000_000_000L));
    }

    @Test
    void aRequestCarryingAnEarlierClockDoesNotDrainTheBucket() {
        RateLimiter limiter = new RateLimiter(60, 3);
        limiter.acquire("a", 5_000_000_000L);

        limiter.acquire("a", 4_000_000_000L);

        assertEquals(0, limiter.acquire("a", 5_000_000_000L), "one token is still left");
    }
}
