package vn.motcua.catalog;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** A parsed fee and the caveats found while reading it (Vietnamese, for {@link DataNote}s). */
public record ParsedFee(Fee fee, List<String> caveats) {

    public ParsedFee {
        requireNonNull(fee, "fee may not be null");
        caveats = List.copyOf(caveats == null ? List.of() : caveats);
    }
}
