package vn.motcua.catalog;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * Where a record came from: the dataset, the portal URL of the procedure, the date the source was
 * retrieved, and the source files, relative to the dataset. {@code supplementedBy} names other
 * datasets whose values completed this record.
 */
@JsonPropertyOrder({"dataset", "url", "retrieved", "files", "supplemented_by"})
public record Source(String dataset, String url, String retrieved, List<String> files, List<String> supplementedBy) {

    public Source {
        requireNonNull(dataset, "dataset may not be null");
        files = List.copyOf(files == null ? List.of() : files);
        supplementedBy = List.copyOf(supplementedBy == null ? List.of() : supplementedBy);
    }
}
