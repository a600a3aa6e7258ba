package vn.motcua.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class QuestionVariantsTest {

    @Test
    void abbreviatesWhatCitizensAbbreviate() {
        assertEquals("làm lại CCCD bị mất có mất tiền ko", QuestionVariants.withAbbreviations("làm lại căn cước công dân bị mất có mất tiền không"));
        assertEquals("đổi GPLX ở UBND xã dc ko", QuestionVariants.withAbbreviations("đổi Giấy phép lái xe ở Ủy ban nhân dân xã được không"));
    }

    @Test
    void leavesWordsThatOnlyContainALongFormAlone() {
        assertEquals("khôngđược", QuestionVariants.withAbbreviations("khôngđược"));
    }

    @Test
    void aTypoChangesOneWordTheSameWayEveryRun() {
        String q = "đăng ký thường trú cần giấy tờ gì";

        String a = QuestionVariants.withTypo("a-001", q);

        assertNotEquals(q, a);
        assertEquals(a, QuestionVariants.withTypo("a-001", q));
        assertEquals(true, Math.abs(a.length() - q.length()) <= 1);
    }
}
