package vn.motcua.officer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Failed logins lock the account and the client for doubling periods; other accounts from other clients are untouched. */
class LoginThrottleTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final LoginThrottle throttle = new LoginThrottle(now::get);

    private void fail(String account, String client, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(account, client);
        }
    }

    @Test
    void theFirstFailuresCostNothing() {
        fail("lan", "10.0.0.1", LoginThrottle.FREE_ACCOUNT_FAILURES);

        assertEquals(0, throttle.retryAfterSeconds("lan", "10.0.0.1"));
    }

    @Test
    void eachFurtherFailureDoublesTheLockUpToTheCap() {
        fail("lan", "10.0.0.1", LoginThrottle.FREE_ACCOUNT_FAILURES + 1);
        long first = throttle.retryAfterSeconds("lan", "10.0.0.1");
        fail("lan", "10.0.0.1", 3);
        long fourth = throttle.retryAfterSeconds("lan", "10.0.0.1");
        fail("lan", "10.0.0.1", 100);

        assertEquals(1, first);
        assertEquals(8, fourth);
        assertEquals(LoginThrottle.MAX_LOCK_SECONDS, throttle.retryAfterSeconds("lan", "10.0.0.1"));
    }

    @Test
    void aHundredWrongTokensLockTheAccountForEveryClientButNotOtherAccountsElsewhere() {
        fail("lan", "10.0.0.1", 100);

        assertTrue(throttle.retryAfterSeconds("lan", "10.0.0.1") > 0);
        assertTrue(throttle.retryAfterSeconds("lan", "10.0.0.2") > 0, "the account is locked from any client");
        assertTrue(throttle.retryAfterSeconds("minh", "10.0.0.1") > 0, "the guessing client is locked for any account");
        assertEquals(0, throttle.retryAfterSeconds("minh", "10.0.0.2"), "another officer at another desk logs in");
    }

    @Test
    void theLockEndsWhenItsTimeHasPassedAndASuccessClearsTheCount() {
        fail("lan", "10.0.0.1", LoginThrottle.FREE_ACCOUNT_FAILURES + 1);

        now.addAndGet(TimeUnit.SECONDS.toNanos(1));
        long after = throttle.retryAfterSeconds("lan", "10.0.0.1");
        throttle.succeeded("lan", "10.0.0.1");
        throttle.failed("lan", "10.0.0.1");

        assertEquals(0, after);
        assertEquals(0, throttle.retryAfterSeconds("lan", "10.0.0.1"));
    }
}
