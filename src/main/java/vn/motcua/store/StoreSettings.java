package vn.motcua.store;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;

/**
 * Where the database is and how long personal data is kept. {@code url} null means the embedded
 * SQLite file {@code sqliteFile}; a {@code jdbc:postgresql://} URL means PostgreSQL with
 * {@code user} and {@code password}. {@link #toString()} never shows the password.
 */
public record StoreSettings(String url, String user, String password, Path sqliteFile, int retentionDays) {

    public static final int DEFAULT_RETENTION_DAYS = 180;

    public StoreSettings {
        requireNonNull(sqliteFile, "sqliteFile may not be null");
        if (url != null && !url.startsWith("jdbc:postgresql://") && !url.startsWith("jdbc:sqlite:")) {
            throw new IllegalArgumentException("database URL must start with jdbc:postgresql:// or jdbc:sqlite: (got " + redactUrl(url) + ")");
        }
        if (retentionDays < 1) {
            throw new IllegalArgumentException("retention must be at least 1 day: " + retentionDays);
        }
    }

    /** The embedded SQLite file with the default retention. */
    public static StoreSettings sqlite(Path file) {
        return new StoreSettings(null, null, null, file, DEFAULT_RETENTION_DAYS);
    }

    /** The JDBC URL to connect to. */
    public String jdbcUrl() {
        return url != null ? url : "jdbc:sqlite:" + sqliteFile.toAbsolutePath();
    }

    public boolean isPostgres() {
        return jdbcUrl().startsWith("jdbc:postgresql:");
    }

    @Override
    public String toString() {
        return "StoreSettings[url=" + redactUrl(jdbcUrl()) + ", user=" + user + ", password=" + (password == null ? "null" : "***")
                + ", retentionDays=" + retentionDays + "]";
    }

    /** The URL without its query, which may carry a password. */
    private static String redactUrl(String url) {
        int q = url.indexOf('?');
        return q < 0 ? url : url.substring(0, q) + "?…";
    }
}
