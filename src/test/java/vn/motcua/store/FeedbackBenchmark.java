package vn.motcua.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Feedback write throughput (committed rows per second) on SQLite and on a PostgreSQL started for
 * the run, with {@code writers} concurrent threads, each run on a fresh database. Not a test: run it
 * by hand (see docs), e.g. {@code java -cp target/classes:target/test-classes:target/lib/* vn.motcua.store.FeedbackBenchmark 20000 32 3}.
 */
public final class FeedbackBenchmark {

    private FeedbackBenchmark() {}

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int writers = args.length > 1 ? Integer.parseInt(args[1]) : 32;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Path tmp = Files.createTempDirectory("motcua-bench");
        double[] sqlite = new double[runs];
        for (int r = 0; r < runs; r++) {
            try (Database db = Database.open(StoreSettings.sqlite(tmp.resolve("sqlite" + r).resolve("motcua.db")))) {
                sqlite[r] = run(db, rows, writers);
            }
        }
        report("sqlite (WAL, synchronous=FULL)", rows, writers, sqlite);
        var bin = PostgresServer.binaries();
        if (bin.isEmpty()) {
            System.out.println("postgresql: not installed, skipped");
            return;
        }
        double[] pg = new double[runs];
        try (PostgresServer server = PostgresServer.start(bin.get(), Files.createTempDirectory("motcua-bench-pg"))) {
            for (int r = 0; r < runs; r++) {
                try (Database db = Database.open(server.createDatabase())) {
                    pg[r] = run(db, rows, writers);
                }
            }
        }
        report("postgresql 15 (fsync on, synchronous_commit on)", rows, writers, pg);
    }

    private static double run(Database db, int rows, int writers) throws Exception {
        FeedbackStore store = new FeedbackStore(db);
        Instant at = Instant.parse("2026-01-01T00:00:00Z");
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        long t0;
        try (ExecutorService pool = Executors.newFixedThreadPool(writers)) {
            for (int w = 0; w < writers; w++) {
                int writer = w;
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = writer; i < rows; i += writers) {
                        store.save(new FeedbackStore.Entry("bench" + (i % 1000), "m" + i, i % 4 == 0 ? "down" : "up", null, null, at));
                    }
                    return null;
                }));
            }
            t0 = System.nanoTime();
            start.countDown();
            for (Future<?> f : done) {
                f.get();
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (store.count() != rows) {
            throw new IllegalStateException("expected " + rows + " rows, found " + store.count());
        }
        return rows / seconds;
    }

    private static void report(String name, int rows, int writers, double[] perSecond) {
        double[] sorted = perSecond.clone();
        Arrays.sort(sorted);
        double median = sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
        StringBuilder runs = new StringBuilder();
        for (double v : perSecond) {
            runs.append(runs.isEmpty() ? "" : ", ").append(Math.round(v));
        }
        System.out.printf("%s: %d rows, %d writers: median %d feedback/s (runs: %s)%n", name, rows, writers, Math.round(median), runs);
    }
}
