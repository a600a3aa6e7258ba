package vn.motcua.officer;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * Officer login settings: whether the session cookie carries {@code Secure} (set it when the
 * service is reached over HTTPS), the PBKDF2 iteration count for login tokens (OWASP's 2023
 * figure by default; tests may lower it, never below {@value #MIN_HASH_ITERATIONS}) and how long a
 * session lasts.
 */
public record OfficerSettings(boolean secureCookie, int hashIterations, Duration sessionLifetime) {

    public static final int DEFAULT_HASH_ITERATIONS = 210_000;
    public static final int MIN_HASH_ITERATIONS = 1_000;
    public static final Duration DEFAULT_SESSION_LIFETIME = Duration.ofHours(8);
    public static final OfficerSettings DEFAULTS = new OfficerSettings(false, DEFAULT_HASH_ITERATIONS, DEFAULT_SESSION_LIFETIME);

    public OfficerSettings {
        if (hashIterations < MIN_HASH_ITERATIONS) {
            throw new IllegalArgumentException("the PBKDF2 iteration count must be at least " + MIN_HASH_ITERATIONS + ": " + hashIterations);
        }
        requireNonNull(sessionLifetime, "sessionLifetime may not be null");
        if (sessionLifetime.isNegative() || sessionLifetime.isZero()) {
            throw new IllegalArgumentException("the session lifetime must be positive: " + sessionLifetime);
        }
    }
}
