package vn.motcua.chat;

import java.util.regex.Pattern;

/** Validates session ids at the boundary: 1–64 characters of letters, digits, '-' and '_'. */
public final class SessionId {

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private SessionId() {}

    /** The id unchanged, or an IllegalArgumentException that names the rule. */
    public static String check(String id) {
        if (id == null || !VALID.matcher(id).matches()) {
            throw new IllegalArgumentException("session id must be 1-64 characters of letters, digits, '-' or '_'");
        }
        return id;
    }
}
