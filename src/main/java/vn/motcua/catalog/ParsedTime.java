package vn.motcua.catalog;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** A parsed processing time and the caveats found while reading it (Vietnamese, for {@link DataNote}s). */
public record ParsedTime(ProcessingTime time, List<String> caveats) {

    public ParsedTime {
        requireNonNull(time, "time may not be null");
        caveats = List.copyOf(caveats == null ? List.of() : caveats);
    }
}
