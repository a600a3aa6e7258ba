package vn.motcua.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CaseVerdictTest {

    private static final GoldCase.Fact FEE = new GoldCase.Fact("fee", "70.000 đồng");
    private static final GoldCase FEE_CASE = new GoldCase("c1", "q", List.of(),
            new GoldCase.Expect("answered", List.of("1.014064"), List.of("2.001194"), List.of(FEE)), List.of());

    private static AnswerOutcome outcome(String status, String procedure, List<GoldCase.Fact> missed, List<String> unsupported) {
        return new AnswerOutcome(status, "text", List.of(), procedure, procedure == null ? List.of() : List.of(procedure),
                missed.isEmpty() ? List.of(FEE) : List.of(), missed, unsupported, List.of(), 1.0, 1.0, java.util.Map.of());
    }

    @Test
    void anAnswerAboutAnAcceptableProcedureWithEveryFactPasses() {
        CaseVerdict v = CaseVerdict.of(FEE_CASE, outcome("answered", "2.001194", List.of(), List.of()));

        assertEquals(new CaseVerdict(true, List.of()), v);
    }

    @Test
    void aWrongStatusFails() {
        CaseVerdict v = CaseVerdict.of(FEE_CASE, outcome("refused", null, List.of(FEE), List.of()));

        assertEquals(List.of("status refused, expected answered", "missed fee \"70.000 đồng\""), v.failures());
    }

    @Test
    void anAnswerAboutAnotherProcedureFails() {
        CaseVerdict v = CaseVerdict.of(FEE_CASE, outcome("answered", "1.014063", List.of(), List.of()));

        assertEquals(List.of("answered about 1.014063, expected 1.014064 or 2.001194"), v.failures());
    }

    @Test
    void aFigureTheRecordLacksFailsOnceEvenWhenRepeated() {
        CaseVerdict v = CaseVerdict.of(FEE_CASE, outcome("answered", "1.014064", List.of(), List.of("amount 90000", "amount 90000")));

        assertEquals(List.of("unsupported figure \"amount 90000\""), v.failures());
    }

    @Test
    void aVerdictThatPassesWithAFailureIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new CaseVerdict(true, List.of("x")));

        assertTrue(e.getMessage().contains("exactly when"), e.getMessage());
    }
}
