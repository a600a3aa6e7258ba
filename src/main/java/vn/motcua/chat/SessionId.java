package vn.motcua.chat;

import java.util.HexFormat;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/** Validates session ids at the boundary: 1–64 characters of letters, digits, '-' and '_'. */
public final class SessionId {

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private SessionId() {}

    /**
     * A new session id: "s-", the time in milliseconds as 12 hex digits, then 64 random bits as
     * 16 hex digits. The random part makes it unguessable (pass a {@code SecureRandom}); the time
     * in front makes ids sort by age, so a new conversation's row lands beside the last one in
     * the store's indexes rather than on a random page (see the store's TimeOrderedIds).
     */
    public static String fresh(long epochMillis, RandomGenerator secureRandom) {
        if (epochMillis < 0 || epochMillis >= 1L << 48) {
            throw new IllegalArgumentException("time out of range: " + epochMillis);
        }
        HexFormat hex = HexFormat.of();
        return "s-" + hex.toHexDigits(epochMillis).substring(4) + hex.toHexDigits(secureRandom.nextLong());
    }

    /** The id unchanged, or an IllegalArgumentException that names the rule. */
    public static String check(String id) {
        if (id == null || !VALID.matcher(id).matches()) {
            throw new IllegalArgumentException("session id must be 1-64 characters of letters, digits, '-' or '_'");
        }
        return id;
    }
}
