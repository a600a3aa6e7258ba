package vn.motcua.eval;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether one gold case passes end to end, and why not: it passes when the status is the expected
 * one, the answer is about an expected or acceptable procedure where the case expects an answer
 * about one, no expected key fact is missed, and no figure of the answer is missing from its record.
 * The diff and the regression gate both judge cases this way.
 */
public record CaseVerdict(boolean pass, List<String> failures) {

    public CaseVerdict {
        failures = List.copyOf(failures);
        if (pass != failures.isEmpty()) {
            throw new IllegalArgumentException("a verdict passes exactly when it has no failure: " + pass + ", " + failures);
        }
    }

    /** Judges the outcome of one case against its expectations. */
    public static CaseVerdict of(GoldCase c, AnswerOutcome o) {
        requireNonNull(c, "case may not be null");
        requireNonNull(o, "outcome may not be null");
        List<String> failures = new ArrayList<>();
        String want = c.expect().status();
        if (!want.equals(o.status())) {
            failures.add("status " + o.status() + ", expected " + want);
        }
        Set<String> expected = new LinkedHashSet<>(c.expect().procedures());
        expected.addAll(c.expect().acceptable());
        if (want.equals("answered") && o.status().equals("answered") && !expected.isEmpty() && !expected.contains(o.procedure())) {
            failures.add("answered about " + (o.procedure() == null ? "no procedure" : o.procedure()) + ", expected " + String.join(" or ", expected));
        }
        for (GoldCase.Fact f : o.factsMissed()) {
            failures.add("missed " + f.type() + " \"" + f.value() + "\"");
        }
        for (String u : o.unsupported().stream().distinct().toList()) {
            failures.add("unsupported figure \"" + u + "\"");
        }
        return new CaseVerdict(failures.isEmpty(), failures);
    }
}
