package vn.motcua.officer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

/** Login tokens become salted PBKDF2 hashes; session tokens a SHA-256 lookup key. */
class TokenHasherTest {

    private final TokenHasher hasher = new TokenHasher(OfficerSettings.MIN_HASH_ITERATIONS, new SecureRandom());

    @Test
    void aTokenMatchesItsHashAndNothingElse() {
        String token = hasher.newToken();

        String stored = hasher.hash(token);

        assertTrue(TokenHasher.matches(token, stored));
        assertFalse(TokenHasher.matches(token + "x", stored));
        assertFalse(stored.contains(token));
        assertTrue(stored.startsWith("pbkdf2-sha256$1000$"), stored);
    }

    @Test
    void theSameTokenHashesDifferentlyEachTimeBecauseOfTheSalt() {
        assertNotEquals(hasher.hash("same-token"), hasher.hash("same-token"));
    }

    @Test
    void aMalformedStoredHashNeverMatches() {
        assertFalse(TokenHasher.matches("t", "plain-text"));
        assertFalse(TokenHasher.matches("t", "pbkdf2-sha256$x$y$z"));
        assertFalse(TokenHasher.matches("t", null));
    }

    @Test
    void tokensCarry256RandomBits() {
        String a = hasher.newToken();

        assertEquals(43, a.length());
        assertNotEquals(a, hasher.newToken());
        assertEquals(64, TokenHasher.sessionHash(a).length());
    }

    @Test
    void tooFewIterationsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new TokenHasher(999, new SecureRandom()));
    }
}
