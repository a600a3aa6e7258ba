package vn.motcua.catalog;

import java.util.List;

/**
 * What an import did: files read, records written or already up to date, duplicates of a code
 * within the same run (the first file in path order is kept), and rejected files with reasons.
 */
public record ImportReport(
        ImportFormat format, int filesRead, int written, int unchanged, int merged, List<String> duplicates, List<Rejection> rejected) {

    public ImportReport {
        duplicates = List.copyOf(duplicates);
        rejected = List.copyOf(rejected);
    }

    /** A file that was not imported, and why. */
    public record Rejection(String file, String reason) {}
}
