package vn.motcua.store;

import static java.util.Objects.requireNonNull;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The connection pool with the schema brought up to date. SQLite connections run in WAL mode with
 * foreign keys on, a busy timeout and immediate write transactions, so concurrent writers wait for
 * each other instead of failing. Opening an absent SQLite file creates it; nothing to set up.
 */
public final class Database implements AutoCloseable {

    /** How long an SQLite writer waits for another one before failing. */
    static final int SQLITE_BUSY_TIMEOUT_MS = 10_000;
    /** SQLite page cache per connection, KiB. */
    static final int SQLITE_CACHE_KIB = 32_000;

    private final HikariDataSource pool;
    private final boolean postgres;
    private final int migrationsApplied;

    private final GroupCommit grouped;

    private Database(HikariDataSource pool, boolean postgres, int migrationsApplied) {
        this.pool = pool;
        this.postgres = postgres;
        this.migrationsApplied = migrationsApplied;
        this.grouped = new GroupCommit(this, "motcua-group-commit");
    }

    /** Opens the pool and applies pending migrations (all of them on an empty database). */
    public static Database open(StoreSettings settings) {
        return open(settings, null);
    }

    /**
     * Opens the pool and migrates up to {@code targetVersion} ("1", "2"…; null for the latest). An
     * older target exists for the upgrade test, which needs a database at an earlier schema version.
     */
    static Database open(StoreSettings settings, String targetVersion) {
        requireNonNull(settings, "settings may not be null");
        HikariDataSource pool = new HikariDataSource(poolConfig(settings));
        try {
            return new Database(pool, settings.isPostgres(), migrate(pool, targetVersion).migrationsExecuted);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    private static HikariConfig poolConfig(StoreSettings settings) {
        HikariConfig c = new HikariConfig();
        c.setPoolName("motcua-db");
        c.setJdbcUrl(settings.jdbcUrl());
        if (settings.isPostgres()) {
            c.setDriverClassName("org.postgresql.Driver");
            c.setUsername(settings.user());
            c.setPassword(settings.password());
            c.setMaximumPoolSize(10);
        } else {
            if (settings.url() == null) {
                createParent(settings.sqliteFile());
            }
            c.setDriverClassName("org.sqlite.JDBC");
            // sqlite-jdbc reads pragmas from the connection properties (SQLiteConfig.Pragma names).
            c.addDataSourceProperty("journal_mode", "WAL");
            // Page cache of the one connection, in KiB (SQLite's default is 2 MB). Every chat turn
            // inserts into several indexes; once the file outgrew the cache, each insert read its
            // index pages back from the OS (measured while ids were random; they are time-ordered
            // now, see TimeOrderedIds). docs/PERFORMANCE.md has the measurements.
            c.addDataSourceProperty("cache_size", String.valueOf(-SQLITE_CACHE_KIB));
            c.addDataSourceProperty("foreign_keys", "true");
            c.addDataSourceProperty("busy_timeout", String.valueOf(SQLITE_BUSY_TIMEOUT_MS));
            c.addDataSourceProperty("transaction_mode", "IMMEDIATE");
            // One file, one writer at a time. With several connections, concurrent IMMEDIATE transactions
            // waited out the busy timeout under load (SQLITE_BUSY → 500s at 32 clients); one connection
            // makes the pool the queue, and each transaction is short.
            c.setMaximumPoolSize(1);
        }
        c.setConnectionTimeout(30_000);
        return c;
    }

    private static void createParent(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the database folder " + parent, e);
        }
    }

    private static MigrateResult migrate(DataSource ds, String targetVersion) {
        var flyway = Flyway.configure().dataSource(ds).locations("classpath:db/migration");
        if (targetVersion != null) {
            flyway = flyway.target(targetVersion);
        }
        return flyway.load().migrate();
    }

    /** Applies pending migrations again; returns how many ran (0 when the schema is current). */
    int migrate() {
        return migrate(pool, null).migrationsExecuted;
    }

    /** How many migrations ran when this database was opened. */
    public int migrationsApplied() {
        return migrationsApplied;
    }

    public boolean isPostgres() {
        return postgres;
    }

    /** A pooled connection in auto-commit mode; close it to give it back. */
    Connection connection() throws SQLException {
        return pool.getConnection();
    }

    /** Work on one connection inside a transaction. */
    @FunctionalInterface
    interface Transactional<T> {
        T run(Connection c) throws SQLException;
    }

    /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
    <T> T inTransaction(Transactional<T> work) throws SQLException {
        try (Connection c = connection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    /**
     * Runs {@code work} in a transaction shared with the other writes waiting at that moment, and
     * returns once that transaction is committed (see {@link GroupCommit}): for frequent small
     * writes, where one flush to disk per write would make the writes queue.
     */
    <T> T inSharedTransaction(Transactional<T> work) throws SQLException {
        return grouped.run(work);
    }

    /** Writes waiting for a shared transaction (for tests). */
    int waitingWrites() {
        return grouped.waiting();
    }

    @Override
    public void close() {
        grouped.close();
        pool.close();
    }
}
