package vn.motcua.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.catalog.Fee;

class RecordFactsTest {

    private static String fee(String text) {
        return RecordFacts.feeText(new Fee(text, null, List.of(), null, false), Messages.vietnamese());
    }

    @Test
    void portalAttachmentLinesAreDroppedAndLabelsTidied() {
        assertEquals("Lệ phí: 5 USD (Cấp bản sao trích lục)",
                fee("Lệ phí : 5 USD (Cấp bản sao trích lục)\nFile đính kèm: VanBanGoc_264-2016-TT-BTC.pdf"));
        assertEquals("Phí: (nộp theo quy định); Lệ phí: (nộp theo quy định)",
                fee("Phí : (nộp theo quy định)\nFile đính kèm: thông tư 168.doc\nLệ phí : (nộp theo quy định)"));
    }

    @Test
    void aCurrencyWithoutAmountIsSaidPlainly() {
        assertEquals("Phí: không ghi số tiền (Theo quy định của Bộ Tài chính)",
                fee("Phí : Đồng (Theo quy định của Bộ Tài chính)"));
        // An amount before the currency is left as the record states it.
        assertEquals("Lệ phí: 8.000 Đồng", fee("Lệ phí : 8.000 Đồng"));
    }

    @Test
    void aNumberWithoutUnitOrNothingIsNoFee() {
        assertNull(fee("1"));
        assertNull(fee("File đính kèm: a.pdf"));
        assertNull(fee("  "));
        assertEquals("50,000 Việt Nam Đồng", fee("50,000 Việt Nam Đồng"));
    }

    @Test
    void labelledTextsAreRecognised() {
        assertTrue(RecordFacts.isLabelled("Phí: không ghi số tiền"));
        assertTrue(RecordFacts.isLabelled("Lệ phí: 5 USD"));
        assertFalse(RecordFacts.isLabelled("50,000 Việt Nam Đồng"));
        assertFalse(RecordFacts.isLabelled(null));
    }
}
