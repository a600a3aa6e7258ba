package vn.motcua.answer;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** One search result as channels list it: code, name, score, levels and field. */
public record ProcedureSummary(String code, String name, double score, List<String> levels, String field) {

    public ProcedureSummary {
        requireNonNull(code, "code may not be null");
        requireNonNull(name, "name may not be null");
        levels = List.copyOf(levels);
    }
}
