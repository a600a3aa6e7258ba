package vn.motcua.answer;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Set;

/**
 * What the pipeline understood of one question: the intents in the order they were asked, the
 * procedure codes written in it, and whether it only makes sense against the procedure already in
 * the conversation ("thế lệ phí bao nhiêu?").
 */
public record Understanding(List<Intent> intents, List<String> codes, boolean followUp, Set<String> subject) {

    public Understanding {
        intents = List.copyOf(intents);
        codes = List.copyOf(codes);
        subject = Set.copyOf(requireNonNull(subject, "subject may not be null"));
        if (intents.isEmpty()) {
            throw new IllegalArgumentException("at least one intent is needed (OVERVIEW when none was asked)");
        }
    }

    /** True when the intent was asked. */
    public boolean asks(Intent intent) {
        return intents.contains(intent);
    }
}
