package vn.motcua.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real {@code serve} process is killed with SIGKILL while 32 clients write feedback and open
 * tickets; after a restart on the same database, everything acknowledged with a 2xx is there, once.
 */
class ServeCrashTest {

    private static final Pattern SERVING = Pattern.compile("serving on http://127\\.0\\.0\\.1:(\\d+)/");
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @TempDir
    Path dir;

    @Test
    void nothingAcknowledgedIsLostOrDuplicatedOnSqlite() throws Exception {
        StoreSettings settings = StoreSettings.sqlite(dir.resolve("data/motcua.db"));

        crashAndCheck(Map.of(), settings);
    }

    @Test
    void nothingAcknowledgedIsLostOrDuplicatedOnPostgres() throws Exception {
        Optional<Path> bin = PostgresServer.binaries();
        assumeTrue(bin.isPresent(), "PostgreSQL binaries (initdb, pg_ctl) are not installed; .ci/run installs them");
        try (PostgresServer pg = PostgresServer.start(bin.get(), dir)) {
            StoreSettings settings = pg.createDatabase();

            crashAndCheck(Map.of("MOTCUA_DB_URL", settings.url(), "MOTCUA_DB_USER", settings.user()), settings);
        }
    }

    private record Server(Process process, int port) {}

    private Server start(Map<String, String> db) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), "vn.motcua.app.Main", "serve", "--port", "0");
        Map<String, String> env = pb.environment();
        env.put("MOTCUA_KB_DIR", Path.of(ServeCrashTest.class.getResource("/fixtures/kb").toURI()).toString());
        env.put("MOTCUA_DATA_DIR", dir.resolve("data").toString());
        env.put("MOTCUA_HOST", "127.0.0.1");
        env.put("MOTCUA_RATE_LIMIT_PER_MINUTE", "100000000");
        env.put("MOTCUA_RATE_LIMIT_BURST", "100000");
        env.remove("MOTCUA_DB_URL");
        env.putAll(db);
        pb.redirectError(dir.resolve("serve-err.log").toFile());
        Process p = pb.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        for (String line = out.readLine(); line != null && System.nanoTime() < deadline; line = out.readLine()) {
            Matcher m = SERVING.matcher(line);
            if (m.find()) {
                return new Server(p, Integer.parseInt(m.group(1)));
            }
        }
        p.destroyForcibly();
        throw new AssertionError("serve did not start; see " + dir.resolve("serve-err.log"));
    }

    private HttpResponse<String> post(int port, String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private void crashAndCheck(Map<String, String> db, StoreSettings settings) throws Exception {
        Server server = start(db);
        ConcurrentLinkedQueue<String> feedback = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> tickets = new ConcurrentLinkedQueue<>();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor();
        for (int c = 0; c < 32; c++) {
            int client = c;
            clients.submit(() -> {
                for (int i = 0; running.get(); i++) {
                    try {
                        if (i % 4 == 3) {
                            HttpResponse<String> r = post(server.port(), "/api/tickets",
                                    "{\"session_id\": \"c" + client + "\", \"question\": \"làm lại căn cước bị mất cần gì " + i + "\"}");
                            Matcher m = Pattern.compile("\"reference\"\\s*:\\s*\"(MC-[A-Z0-9]+)\"").matcher(r.body());
                            if (r.statusCode() / 100 == 2 && m.find()) {
                                tickets.add(m.group(1));
                            }
                        } else {
                            HttpResponse<String> r = post(server.port(), "/api/feedback",
                                    "{\"session_id\": \"c" + client + "\", \"message_id\": \"m" + i + "\", \"rating\": \"up\"}");
                            if (r.statusCode() / 100 == 2) {
                                feedback.add("c" + client + "/m" + i);
                            }
                        }
                    } catch (Exception e) {
                        // The server was killed under this request: it was never acknowledged.
                    }
                }
                return null;
            });
        }
        Thread.sleep(2500);
        server.process().destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        running.set(false);
        clients.shutdown();
        assertTrue(clients.awaitTermination(30, TimeUnit.SECONDS));
        assertTrue(feedback.size() > 100, "the clients wrote before the kill: " + feedback.size());

        Server again = start(db);
        again.process().destroy();
        again.process().waitFor(30, TimeUnit.SECONDS);

        try (Database database = Database.open(settings)) {
            Set<String> stored = new HashSet<>();
            List<String> rows = new ArrayList<>();
            for (FeedbackStore.Entry e : new FeedbackStore(database).recent(1_000_000)) {
                rows.add(e.sessionId() + "/" + e.messageId());
                stored.add(e.sessionId() + "/" + e.messageId());
            }
            assertEquals(stored.size(), rows.size(), "no feedback row is duplicated");
            List<String> lost = feedback.stream().filter(k -> !stored.contains(k)).toList();
            assertEquals(List.of(), lost, "every acknowledged feedback is stored");
            TicketStore ticketStore = new TicketStore(database, java.time.Clock.systemUTC());
            List<String> lostTickets = tickets.stream().filter(r -> ticketStore.find(r).isEmpty()).toList();
            assertEquals(List.of(), lostTickets, "every acknowledged ticket is stored");
            assertEquals(tickets.size(), new HashSet<>(tickets).size(), "no reference was handed out twice");
            // The figures for the closing note: acknowledged writes, rows stored, rows stored but never acknowledged.
            java.nio.file.Files.createDirectories(Path.of("target"));
            java.nio.file.Files.writeString(Path.of("target", "crash-test-" + (settings.isPostgres() ? "postgres" : "sqlite") + ".txt"),
                    "acknowledged feedback " + feedback.size() + ", stored " + rows.size() + " (" + (rows.size() - feedback.size())
                            + " stored but cut off by the kill), lost 0, duplicated 0; acknowledged tickets " + tickets.size() + ", lost 0\n");
        }
    }
}
