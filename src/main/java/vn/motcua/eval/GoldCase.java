package vn.motcua.eval;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Set;

/**
 * One gold case: a question (with optional earlier turns), what a correct system does with it,
 * and tags for per-category scores. A retrieval hit is any code of {@code procedures} or
 * {@code acceptable}.
 */
public record GoldCase(String id, String question, List<Turn> history, Expect expect, List<String> tags) {

    public static final Set<String> STATUSES = Set.of("answered", "clarify", "refused", "emergency", "no_information");
    public static final Set<String> FACT_TYPES =
            Set.of("fee", "deadline", "document", "agency", "channel", "form", "legal_basis", "result", "condition");

    public GoldCase {
        requireNonNull(id, "id");
        requireNonNull(question, "question");
        history = List.copyOf(history == null ? List.of() : history);
        requireNonNull(expect, "expect");
        tags = List.copyOf(tags == null ? List.of() : tags);
    }

    /** An earlier turn of the conversation. */
    public record Turn(String role, String text) {}

    /** What a correct system does. */
    public record Expect(String status, List<String> procedures, List<String> acceptable, List<Fact> facts) {
        public Expect {
            procedures = List.copyOf(procedures == null ? List.of() : procedures);
            acceptable = List.copyOf(acceptable == null ? List.of() : acceptable);
            facts = List.copyOf(facts == null ? List.of() : facts);
        }
    }

    /** A key fact the answer must contain. */
    public record Fact(String type, String value) {}

    /** True when the case expects specific procedures, so retrieval can be scored on it. */
    public boolean isRetrievalCase() {
        return !expect.procedures().isEmpty();
    }

    /** The question as retrieval sees it: earlier user turns first, so a follow-up keeps its subject. */
    public String searchText() {
        StringBuilder b = new StringBuilder();
        for (Turn t : history) {
            if ("user".equals(t.role())) {
                b.append(t.text()).append(". ");
            }
        }
        return b.append(question).toString();
    }
}
