package vn.motcua.store;

import static java.util.Objects.requireNonNull;

import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes that many requests make at once (a chat turn each) committed together: one writer
 * thread takes every waiting write, runs each under its own savepoint in one transaction, and
 * commits once, so one flush to disk serves them all. A caller returns only after the commit
 * that holds its write, so nothing is acknowledged before it is durable; a write that fails is
 * rolled back to its savepoint and fails alone. The writer is a platform thread: SQLite's native
 * calls would pin the carrier of a virtual thread for the whole flush.
 */
final class GroupCommit implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(GroupCommit.class);

    /** Writes per transaction at most. */
    static final int MAX_BATCH = 64;
    /** Writes waiting at most; a caller past this waits for room. */
    static final int QUEUE = 4096;

    private record Job(Database.Transactional<?> work, CompletableFuture<Object> done) {}

    private final Database db;
    private final BlockingQueue<Job> queue = new ArrayBlockingQueue<>(QUEUE);
    private final Thread writer;
    private volatile boolean closed;

    GroupCommit(Database db, String name) {
        this.db = requireNonNull(db, "db may not be null");
        this.writer = Thread.ofPlatform().name(name).daemon(true).start(this::loop);
    }

    /** Runs {@code work} in a shared transaction and returns its result once that transaction is committed. */
    @SuppressWarnings("unchecked")
    <T> T run(Database.Transactional<T> work) throws SQLException {
        if (closed) {
            throw new IllegalStateException("the database is closed");
        }
        Job job = new Job(work, new CompletableFuture<>());
        try {
            queue.put(job);
            while (true) {
                try {
                    return (T) job.done().get(1, TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    if (!writer.isAlive() && !job.done().isDone()) {
                        // Closed between the check above and the put: the writer has gone.
                        throw new SQLException("the database was closed before this write was committed");
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting for a commit", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof SQLException s) {
                throw s;
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new SQLException("write failed", cause);
        }
    }

    /** Writes waiting for the writer (for tests). */
    int waiting() {
        return queue.size();
    }

    private void loop() {
        List<Job> batch = new ArrayList<>(MAX_BATCH);
        while (!closed || !queue.isEmpty()) {
            try {
                Job first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                commit(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Throwable t) {
                // Whatever went wrong, no caller may wait forever.
                LOG.error("group commit failed for {} writes", batch.size(), t);
                batch.forEach(j -> j.done().completeExceptionally(t));
            } finally {
                batch.clear();
            }
        }
    }

    private void commit(List<Job> batch) throws SQLException {
        Object[] results = new Object[batch.size()];
        Throwable[] failures = new Throwable[batch.size()];
        db.inTransaction(c -> {
            for (int i = 0; i < batch.size(); i++) {
                Savepoint sp = c.setSavepoint();
                try {
                    results[i] = batch.get(i).work().run(c);
                    c.releaseSavepoint(sp);
                } catch (SQLException | RuntimeException e) {
                    c.rollback(sp);
                    failures[i] = e;
                }
            }
            return null;
        });
        for (int i = 0; i < batch.size(); i++) {
            if (failures[i] != null) {
                batch.get(i).done().completeExceptionally(failures[i]);
            } else {
                batch.get(i).done().complete(results[i]);
            }
        }
    }

    /** Commits what is waiting, then stops the writer. */
    @Override
    public void close() {
        closed = true;
        try {
            writer.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
