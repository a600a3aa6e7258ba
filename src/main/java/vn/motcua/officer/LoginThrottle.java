package vn.motcua.officer;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Slows down guessing: failed logins are counted per account name and per client address. After
 * {@value #FREE_ACCOUNT_FAILURES} failures on an account, or {@value #FREE_CLIENT_FAILURES} from a
 * client, each further failure locks that key for twice as long as the last (1 s, 2 s, 4 s …, at
 * most {@value #MAX_LOCK_SECONDS} s). While either key is locked every attempt is refused, even
 * with the right token. A success clears both. Memory stays bounded: expired entries are dropped
 * once the table grows past {@value #MAX_ENTRIES}.
 */
final class LoginThrottle {

    static final int FREE_ACCOUNT_FAILURES = 5;
    static final int FREE_CLIENT_FAILURES = 20;
    static final long MAX_LOCK_SECONDS = 900;
    static final int MAX_ENTRIES = 10_000;

    private record State(int failures, long lockedUntil) {}

    private final Map<String, State> states = new ConcurrentHashMap<>();
    private final LongSupplier nanos;

    LoginThrottle(LongSupplier nanos) {
        this.nanos = nanos;
    }

    /** Seconds to wait before another attempt for this account from this client; 0 when one may be made now. */
    long retryAfterSeconds(String account, String client) {
        long now = nanos.getAsLong();
        long wait = Math.max(wait(accountKey(account), now), wait(clientKey(client), now));
        return wait <= 0 ? 0 : Math.max(1, TimeUnit.NANOSECONDS.toSeconds(wait + 999_999_999L));
    }

    /** Counts a failed attempt against the account and the client. */
    void failed(String account, String client) {
        long now = nanos.getAsLong();
        if (states.size() > MAX_ENTRIES) {
            states.values().removeIf(s -> s.lockedUntil() - now <= 0 && s.failures() < FREE_ACCOUNT_FAILURES);
        }
        states.merge(accountKey(account), new State(1, now), (old, x) -> next(old, now, FREE_ACCOUNT_FAILURES));
        states.merge(clientKey(client), new State(1, now), (old, x) -> next(old, now, FREE_CLIENT_FAILURES));
    }

    /** Clears the counts after a successful login. */
    void succeeded(String account, String client) {
        states.remove(accountKey(account));
        states.remove(clientKey(client));
    }

    private static State next(State old, long now, int free) {
        int failures = old.failures() + 1;
        if (failures <= free) {
            return new State(failures, old.lockedUntil());
        }
        long seconds = Math.min(MAX_LOCK_SECONDS, 1L << Math.min(30, failures - free - 1));
        return new State(failures, now + TimeUnit.SECONDS.toNanos(seconds));
    }

    private long wait(String key, long now) {
        State s = states.get(key);
        return s == null ? 0 : s.lockedUntil() - now;
    }

    private static String accountKey(String account) {
        return "a:" + (account == null ? "" : account.toLowerCase(java.util.Locale.ROOT));
    }

    private static String clientKey(String client) {
        return "c:" + client;
    }
}
