package vn.motcua.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FactGuardTest {

    private final FactGuard guard = new FactGuard();
    private static final String CONTEXT = "Phí, lệ phí: 70,000 Việt Nam Đồng\nThời hạn: 07 Ngày làm việc\nMẫu CC01; căn cứ 59/2019/NĐ-CP";

    @Test
    void acceptsFiguresTheContextHolds() {
        assertTrue(guard.check("Lệ phí là 70.000 đồng, có kết quả sau 7 ngày làm việc, điền mẫu CC01 theo 59/2019/NĐ-CP.", CONTEXT).passes());
    }

    @Test
    void rejectsAFeeTheContextDoesNotHold() {
        FactGuard.Verdict v = guard.check("Lệ phí là 50.000 đồng.", CONTEXT);

        assertFalse(v.passes());
        assertEquals(List.of("amount 50000"), v.unsupported());
    }

    @Test
    void rejectsAnInventedDeadlineFormAndDocumentNumber() {
        assertFalse(guard.check("Bạn chờ 15 ngày.", CONTEXT).passes());
        assertFalse(guard.check("Dùng mẫu CT01.", CONTEXT).passes());
        assertFalse(guard.check("Theo Nghị định 137/2015/NĐ-CP.", CONTEXT).passes());
    }
}
