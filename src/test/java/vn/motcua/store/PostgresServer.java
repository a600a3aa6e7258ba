package vn.motcua.store;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server for tests: initdb into a temp folder, pg_ctl start on a free loopback
 * port, pg_ctl stop -m fast at the end. PostgreSQL refuses to run as root, so when the tests run as
 * root the server runs as the system user {@code postgres} (runuser).
 */
final class PostgresServer implements AutoCloseable {

    private static final String SUPERUSER = "motcua";

    private final Path bin;
    private final Path data;
    private final boolean asPostgresUser;
    private final int port;
    private int databases;

    private PostgresServer(Path bin, Path data, boolean asPostgresUser, int port) {
        this.bin = bin;
        this.data = data;
        this.asPostgresUser = asPostgresUser;
        this.port = port;
    }

    /** The folder holding initdb and pg_ctl: the newest /usr/lib/postgresql/N/bin, else the PATH. */
    static Optional<Path> binaries() {
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                Optional<Path> newest = versions.map(v -> v.resolve("bin"))
                        .filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
                        .max(Comparator.comparingInt(b -> versionOf(b.getParent().getFileName().toString())));
                if (newest.isPresent()) {
                    return newest;
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("cannot list " + debian, e);
            }
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            Path b = Path.of(dir.isEmpty() ? "." : dir);
            if (Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl"))) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }

    private static int versionOf(String name) {
        return name.matches("\\d+") ? Integer.parseInt(name) : -1;
    }

    /** Initialises a cluster under {@code tempDir} and starts it; the caller closes it. */
    static PostgresServer start(Path bin, Path tempDir) throws Exception {
        boolean root = "root".equals(System.getProperty("user.name"));
        Path data = tempDir.resolve("pgdata");
        Files.createDirectories(data);
        if (root) {
            // JUnit's temp folder is root's and private; the postgres user must reach and own its data folder.
            Files.setPosixFilePermissions(tempDir, PosixFilePermissions.fromString("rwxr-xr-x"));
            UserPrincipal postgres = tempDir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
            Files.setOwner(data, postgres);
        }
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwx------"));
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        PostgresServer server = new PostgresServer(bin, data, root, port);
        server.run(Duration.ofSeconds(60), bin.resolve("initdb").toString(), "-D", data.toString(), "-U", SUPERUSER, "--auth=trust",
                "-E", "UTF8", "--locale=C", "--no-sync");
        server.run(Duration.ofSeconds(60), bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", data.resolve("server.log").toString(),
                "-w", "-t", "60", "-o", "-p " + port + " -h 127.0.0.1 -k " + data + " -c fsync=on", "start");
        server.awaitConnections();
        return server;
    }

    private void awaitConnections() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try (Connection c = admin()) {
                return;
            } catch (SQLException e) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("PostgreSQL on port " + port + " accepted no connection in 30 s; see " + data.resolve("server.log"), e);
                }
                Thread.sleep(100);
            }
        }
    }

    private Connection admin() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", SUPERUSER, "");
    }

    /** Settings for a new, empty database on this server. */
    synchronized StoreSettings createDatabase() throws SQLException {
        String name = "motcua_test_" + databases++;
        try (Connection c = admin(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        return new StoreSettings("jdbc:postgresql://127.0.0.1:" + port + "/" + name, SUPERUSER, "", Path.of("unused.db"),
                StoreSettings.DEFAULT_RETENTION_DAYS);
    }

    @Override
    public void close() throws Exception {
        run(Duration.ofSeconds(60), bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "fast", "-w", "stop");
    }

    private void run(Duration timeout, String... command) throws Exception {
        List<String> cmd = new ArrayList<>();
        if (asPostgresUser) {
            cmd.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        cmd.addAll(List.of(command));
        Path log = Files.createTempFile("pg-command", ".log");
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!p.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("timed out after " + timeout + ": " + String.join(" ", cmd));
            }
            if (p.exitValue() != 0) {
                throw new IllegalStateException("exit " + p.exitValue() + ": " + String.join(" ", cmd) + "\n" + Files.readString(log));
            }
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
