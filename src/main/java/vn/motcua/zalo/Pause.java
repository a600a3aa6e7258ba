package vn.motcua.zalo;

import java.time.Duration;

/** Waits; a test passes one that records the waits instead of sleeping through them. */
@FunctionalInterface
interface Pause {

    /** Sleeps on the current thread. */
    Pause SLEEP = d -> Thread.sleep(d.toMillis(), (int) (d.toNanosPart() % 1_000_000));

    void pause(Duration d) throws InterruptedException;
}
