package vn.motcua.catalog;

/** Receives progress of a long task: {@code done} of {@code total} units. */
@FunctionalInterface
public interface Progress {

    Progress NONE = (done, total) -> {};

    void update(long done, long total);
}
