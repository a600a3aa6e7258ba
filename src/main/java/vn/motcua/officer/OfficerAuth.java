package vn.motcua.officer;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Checks the admin token of a request in constant time: both sides are hashed first, so neither
 * the content nor the length of the configured token leaks through timing.
 */
final class OfficerAuth {

    private static final String BEARER = "Bearer ";

    private final byte[] expected;

    OfficerAuth(String token) {
        this.expected = sha256(requireNonNull(token, "token may not be null"));
    }

    /** Whether an {@code Authorization} header value carries the admin token. */
    boolean isOfficer(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return false;
        }
        return MessageDigest.isEqual(expected, sha256(authorization.substring(BEARER.length()).strip()));
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
