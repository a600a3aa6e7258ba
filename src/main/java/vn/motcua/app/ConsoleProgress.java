package vn.motcua.app;

import java.io.PrintWriter;
import vn.motcua.catalog.Progress;

/** A one-line text progress bar on standard error, redrawn at most every 100 ms and at the end. */
final class ConsoleProgress implements Progress {

    private static final int WIDTH = 30;
    private final PrintWriter err;
    private final String label;
    private long lastDraw;
    private boolean finished;

    private final boolean interactive;

    /** {@code interactive}: redraw in place; otherwise print only the final line (logs, CI). */
    ConsoleProgress(PrintWriter err, String label, boolean interactive) {
        this.err = err;
        this.label = label;
        this.interactive = interactive;
    }

    @Override
    public synchronized void update(long done, long total) {
        long now = System.nanoTime();
        if (finished || done < total && (!interactive || now - lastDraw < 100_000_000L)) {
            return;
        }
        finished = done >= total;
        lastDraw = now;
        int filled = total == 0 ? WIDTH : (int) (WIDTH * done / total);
        err.printf((interactive ? "\r" : "") + "%s [%s%s] %d/%d", label, "#".repeat(filled), " ".repeat(WIDTH - filled), done, total);
        if (done >= total) {
            err.println();
        }
        err.flush();
    }
}
