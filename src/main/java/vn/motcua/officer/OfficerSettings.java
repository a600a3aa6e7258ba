package vn.motcua.officer;

/**
 * The officer console's settings: the admin token officers send as {@code Authorization: Bearer …}.
 * No token means no console (its routes answer 404). {@link #toString()} never shows the token.
 */
public record OfficerSettings(String adminToken) {

    public static final OfficerSettings DISABLED = new OfficerSettings(null);
    /** Short tokens can be guessed; 16 characters is the least we accept. */
    static final int MIN_TOKEN_LENGTH = 16;

    public OfficerSettings {
        if (adminToken != null && adminToken.isBlank()) {
            adminToken = null;
        }
        if (adminToken != null && adminToken.strip().length() < MIN_TOKEN_LENGTH) {
            throw new IllegalArgumentException("the admin token must be at least " + MIN_TOKEN_LENGTH + " characters long");
        }
        adminToken = adminToken == null ? null : adminToken.strip();
    }

    public boolean isEnabled() {
        return adminToken != null;
    }

    @Override
    public String toString() {
        return "OfficerSettings[adminToken=" + (isEnabled() ? "***" : "none") + "]";
    }
}
