package vn.motcua.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReissueChoiceTest {

    private final ReissueChoice choice = new ReissueChoice();

    /** A ranking as the search gives it for a question about an ID card: both kinds, and others. */
    private static final List<Candidate> CARD = List.of(
            new Candidate("2.001194", "Cấp lại thẻ căn cước (thực hiện tại cấp tỉnh)", 9),
            new Candidate("1.014064", "Cấp lại thẻ căn cước", 8.5),
            new Candidate("1.000757", "Cấp lại thẻ căn cước (thực hiện tại cấp trung ương)", 8),
            new Candidate("2.001195", "Cấp đổi thẻ căn cước (thực hiện tại cấp tỉnh)", 7),
            new Candidate("1.014063", "Cấp đổi thẻ căn cước", 6.9));

    private static final List<Candidate> LICENCE = List.of(
            new Candidate("3.000348", "Cấp lại giấy phép lái xe", 9),
            new Candidate("3.000347", "Đổi giấy phép lái xe", 8),
            new Candidate("3.000346", "Cấp giấy phép lái xe", 7));

    private static List<String> codes(Optional<List<Candidate>> c) {
        return c.orElseThrow().stream().map(Candidate::code).toList();
    }

    @Test
    void asksWhichWhenTheQuestionSaysOnlyRedo() {
        assertEquals(List.of("2.001194", "2.001195"), codes(choice.choose(InputGuard.folded("làm lại căn cước cần những gì"), CARD)));
        assertEquals(List.of("3.000348", "3.000347"), codes(choice.choose("lam lai bang lai o dau", LICENCE)));
    }

    @Test
    void aReasonPicksTheKindThatFits() {
        assertEquals(List.of("2.001194"), codes(choice.choose(InputGuard.folded("bị mất căn cước làm lại ở đâu"), CARD)));
        assertEquals(List.of("2.001195"), codes(choice.choose(InputGuard.folded("căn cước bị hỏng chip thì làm sao"), CARD)));
        assertEquals(List.of("3.000347"), codes(choice.choose("bang lai het han roi lam lai the nao", LICENCE)));
        // "bị mất" is a loss even when "hết bao nhiêu tiền" follows.
        assertEquals(List.of("2.001194"), codes(choice.choose("lam lai cccd bi mat het bao nhieu tien", CARD)));
    }

    @Test
    void losingTimeOrMoneyIsNotLosingThePaper() {
        // "mất bao lâu" asks how long: no reason given, so both kinds are offered.
        assertEquals(2, choice.choose(InputGuard.folded("làm lại căn cước mất bao lâu"), CARD).orElseThrow().size());
        assertEquals(2, choice.choose(InputGuard.folded("làm lại bằng lái mất phí bao nhiêu"), LICENCE).orElseThrow().size());
    }

    @Test
    void leavesTheRankingAloneOtherwise() {
        assertTrue(choice.choose(InputGuard.folded("căn cước cần những gì"), CARD).isEmpty(), "no redo and no reason");
        assertTrue(choice.choose(InputGuard.folded("mất căn cước và bằng lái hết hạn, làm lại"), CARD).isEmpty(), "two reasons");
        assertTrue(choice.choose(InputGuard.folded("bị thu hồi giấy phép thì xin lại được không"), LICENCE).isEmpty(), "taken away");
        List<Candidate> onlyReissue = List.of(CARD.get(0), CARD.get(1), new Candidate("1.001193", "Thủ tục đăng ký khai sinh", 5));
        assertTrue(choice.choose(InputGuard.folded("làm lại căn cước"), onlyReissue).isEmpty(), "no exchange among the best");
        List<Candidate> otherFirst = List.of(new Candidate("1.004884", "Thủ tục đăng ký lại khai sinh", 10), LICENCE.get(0), LICENCE.get(1));
        assertTrue(choice.choose(InputGuard.folded("làm lại giấy khai sinh"), otherFirst).isEmpty(), "the best record is neither kind");
    }

    @Test
    void aReasonAnswersTheQuestionOfWhichKind() {
        List<String> offered = List.of("Cấp lại giấy phép lái xe", "Đổi giấy phép lái xe");
        assertEquals(Optional.of(0), choice.byReason(InputGuard.folded("bị mất rồi"), offered));
        assertEquals(Optional.of(1), choice.byReason(InputGuard.folded("hết hạn rồi ạ"), offered));
        assertEquals(Optional.empty(), choice.byReason(InputGuard.folded("cái nào nhanh hơn"), offered));
    }
}
