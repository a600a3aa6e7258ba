package vn.motcua.store;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * The repository suite on a real PostgreSQL started for this class (see {@link PostgresServer});
 * skipped, with a message saying so, where no PostgreSQL binaries are installed.
 */
class PostgresStoreTest extends StoreTest {

    @TempDir
    static Path dir;

    private static PostgresServer server;

    @BeforeAll
    static void startServer() throws Exception {
        Optional<Path> bin = PostgresServer.binaries();
        assumeTrue(bin.isPresent(), "PostgreSQL is not installed (no initdb/pg_ctl in /usr/lib/postgresql/*/bin or on PATH): "
                + "skipping the PostgreSQL run of the store suite; apt-get install postgresql, as .ci/run does");
        server = PostgresServer.start(bin.get(), dir);
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Override
    StoreSettings freshDatabase() throws Exception {
        return server.createDatabase();
    }
}
