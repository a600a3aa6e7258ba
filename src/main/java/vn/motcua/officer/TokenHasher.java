package vn.motcua.officer;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Hashes secrets for storage. Login tokens get PBKDF2-HMAC-SHA256 with a random 128-bit salt and
 * the configured iteration count, stored as {@code pbkdf2-sha256$ITERATIONS$SALT$HASH}, so a stolen
 * database costs an attacker the same work per guess as it costs us per login. Session tokens are
 * 256 random bits and looked up by hash, so they get a plain SHA-256: nothing can be guessed, and
 * a salt would make the lookup impossible.
 */
final class TokenHasher {

    private static final String PREFIX = "pbkdf2-sha256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    private static final int TOKEN_BYTES = 32;

    private final int iterations;
    private final SecureRandom random;

    TokenHasher(int iterations, SecureRandom random) {
        if (iterations < OfficerSettings.MIN_HASH_ITERATIONS) {
            throw new IllegalArgumentException("PBKDF2 iterations must be at least " + OfficerSettings.MIN_HASH_ITERATIONS + ": " + iterations);
        }
        this.iterations = iterations;
        this.random = random;
    }

    /** A fresh 256-bit secret, URL-safe Base64 without padding (43 characters). */
    String newToken() {
        byte[] b = new byte[TOKEN_BYTES];
        random.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** The storable PBKDF2 hash of a login token. */
    String hash(String token) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        return PREFIX + "$" + iterations + "$" + Base64.getEncoder().encodeToString(salt) + "$"
                + Base64.getEncoder().encodeToString(pbkdf2(token, salt, iterations));
    }

    /** Whether a token matches a stored hash; compared in constant time, false for a malformed hash. */
    static boolean matches(String token, String stored) {
        String[] parts = stored == null ? new String[0] : stored.split("\\$");
        if (parts.length != 4 || !parts[0].equals(PREFIX)) {
            return false;
        }
        try {
            int n = Integer.parseInt(parts[1]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            return MessageDigest.isEqual(expected, pbkdf2(token, Base64.getDecoder().decode(parts[2]), n));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The lookup hash of a session token: SHA-256, hex. */
    static String sessionHash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static byte[] pbkdf2(String token, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(token.toCharArray(), salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform has PBKDF2WithHmacSHA256", e);
        } finally {
            spec.clearPassword();
        }
    }
}
