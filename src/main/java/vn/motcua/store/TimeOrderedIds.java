package vn.motcua.store;

import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * Row ids that sort by creation time: UUID version 7 (RFC 9562), 48 bits of Unix milliseconds
 * then 74 random bits. A new row's key then lands at the right-hand end of its primary-key
 * index, where the previous rows' keys are, instead of on a random page of it. With random
 * (version 4) ids every chat turn dirtied pages all over the message index, and each commit
 * wrote all those pages to the write-ahead log: under load that was most of a turn's cost in
 * SQLite. PostgreSQL's B-trees gain the same way.
 *
 * <p>The ids are keys, not secrets: they are never shown to a client, so a fast random source
 * will do.
 */
final class TimeOrderedIds {

    private TimeOrderedIds() {}

    /** A version 7 UUID for the given time, in its usual 36-character form. */
    static String at(long epochMillis, RandomGenerator random) {
        if (epochMillis < 0 || epochMillis >= 1L << 48) {
            throw new IllegalArgumentException("time out of range for a version 7 UUID: " + epochMillis);
        }
        long msb = epochMillis << 16 | 0x7000L | random.nextLong() & 0x0FFFL;
        long lsb = Long.MIN_VALUE | random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL;
        return new UUID(msb, lsb).toString();
    }
}
