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
        String words = Reranker.nameWords("Thủ tục cấp lại thẻ căn cước (thực hiện tại cấp tỉnh)");

        assertEquals("cap lai the can cuoc", words);
        assertEquals(3f / 5f, Reranker.coverage(words, QueryWords.unmarked(Set.of("lai", "can", "cuoc"))), 1e-6);
    }

    @Test
    void wordOnlyASynonymAddedCoversLessThanATypedOne() {
        String words = Reranker.nameWords("Khai báo tạm vắng");
        QueryWords typed = QueryWords.unmarked(Set.of("khai", "bao", "tam", "vang"));
        QueryWords added = new QueryWords(Set.of("xuat", "khau", "khai", "bao", "tam", "vang"), Set.of("xuat", "khau"), Set.of());

        float fromRule = Reranker.coverage(words, added);

        assertEquals(1f, Reranker.coverage(words, typed), 1e-6);
        assertEquals(SearchSettings.SYNONYM_FACTOR, fromRule, 1e-6);
    }

    @Test
    void variantIsUnaskedWithoutItsCueWord() {
        String variant = Reranker.nameWords("Cấp lại giấy phép lái xe");

        assertTrue(Reranker.isUnaskedVariant(variant, Set.of("giấy", "phép", "xe")));
        assertFalse(Reranker.isUnaskedVariant(variant, Set.of("giấy", "lại")));
        assertFalse(Reranker.isUnaskedVariant(Reranker.nameWords("Cấp giấy phép lái xe"), Set.of("giấy")));
    }

    @Test
    void cueTypedWithOtherMarksIsAnotherWord() {
        String variant = Reranker.nameWords("Cấp lại giấy phép lái xe");

        assertTrue(Reranker.isUnaskedVariant(variant, Set.of("đổi", "bằng", "lái", "xe")));
        assertFalse(Reranker.isUnaskedVariant(Reranker.nameWords("Xóa đăng ký thế chấp"), Set.of("xoá")));
    }

    @Test
    void unmarkedCueThatTheRestOfTheNameAlsoHoldsIsAmbiguous() {
        assertTrue(Reranker.isUnaskedVariant(Reranker.nameWords("Cấp lại giấy phép lái xe"), Set.of("bang", "lai", "xe")));
        assertFalse(Reranker.isUnaskedVariant(Reranker.nameWords("Cấp lại thẻ căn cước"), Set.of("the", "lai")));
    }

    @Test
    void communeLevelIsPreferred() {
        assertTrue(Reranker.levelPrior(List.of("Cấp xã")) > Reranker.levelPrior(List.of("Cấp tỉnh")));
        assertTrue(Reranker.levelPrior(List.of("Cấp tỉnh")) > Reranker.levelPrior(List.of("Cấp bộ")));
    }

    @Test
    void districtNamedRecordIsOutdated() {
        float commune = Reranker.prior(List.of("Cấp xã"), "Trình báo mất hộ chiếu phổ thông (thực hiện tại cấp xã)");
        float district = Reranker.prior(List.of("Cấp xã"), "Trình báo mất hộ chiếu phổ thông (thực hiện tại cấp huyện)");

        assertTrue(district < commune);
    }
}
