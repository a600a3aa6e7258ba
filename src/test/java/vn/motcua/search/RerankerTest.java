package vn.motcua.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RerankerTest {

    @Test
    void coverageIgnoresQualifiersAndGenericWords() {
        float c = Reranker.coverage("Thủ tục cấp lại thẻ căn cước (thực hiện tại cấp tỉnh)", Set.of("lai", "can", "cuoc"));

        assertEquals(3f / 5f, c, 1e-6);
    }

    @Test
    void variantIsUnaskedWithoutItsCueWord() {
        assertTrue(Reranker.isUnaskedVariant("Cấp lại giấy phép lái xe", Set.of("giay", "phep", "lai", "xe").contains("lai")
                ? Set.of("giay", "phep", "xe") : Set.of()));
        assertFalse(Reranker.isUnaskedVariant("Cấp lại giấy phép lái xe", Set.of("giay", "lai")));
        assertFalse(Reranker.isUnaskedVariant("Cấp giấy phép lái xe", Set.of("giay")));
    }

    @Test
    void communeLevelIsPreferred() {
        assertTrue(Reranker.levelPrior(List.of("Cấp xã")) > Reranker.levelPrior(List.of("Cấp tỉnh")));
        assertTrue(Reranker.levelPrior(List.of("Cấp tỉnh")) > Reranker.levelPrior(List.of("Cấp bộ")));
    }
}
