package vn.motcua.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CandidateSelectorTest {

    private final CandidateSelector selector = new CandidateSelector();
    private final List<String> names = List.of("Thủ tục đăng ký khai sinh", "Thủ tục đăng ký khai sinh có yếu tố nước ngoài", "Thủ tục đăng ký khai sinh lưu động");

    @Test
    void readsNumbersAndOrdinals() {
        assertEquals(Optional.of(1), selector.select("2", names));
        assertEquals(Optional.of(1), selector.select("cái thứ hai", names));
        assertEquals(Optional.of(2), selector.select("số 3 nhé, mất bao lâu", names));
        assertEquals(Optional.of(2), selector.select("cai cuoi", names));
    }

    @Test
    void readsACandidatesName() {
        assertEquals(Optional.of(1), selector.select("cái có yếu tố nước ngoài", names));
        assertEquals(Optional.of(2), selector.select("lưu động ạ", names));
    }

    @Test
    void aNewQuestionChoosesNothing() {
        assertEquals(Optional.empty(), selector.select("làm hộ chiếu ở đâu", names));
        assertEquals(Optional.empty(), selector.select("4", names));
    }
}
