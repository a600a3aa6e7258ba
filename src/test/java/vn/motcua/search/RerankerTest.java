package vn.motcua.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.motcua.catalog.TextCleaner;

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

        assertTrue(Reranker.isUnaskedVariant(variant, marked("giấy", "phép", "xe")));
        assertFalse(Reranker.isUnaskedVariant(variant, marked("giấy", "lại")));
        assertFalse(Reranker.isUnaskedVariant(Reranker.nameWords("Cấp giấy phép lái xe"), marked("giấy")));
    }

    @Test
    void cueTypedWithOtherMarksIsAnotherWord() {
        String variant = Reranker.nameWords("Cấp lại giấy phép lái xe");

        assertTrue(Reranker.isUnaskedVariant(variant, marked("đổi", "bằng", "lái", "xe")));
        assertFalse(Reranker.isUnaskedVariant(Reranker.nameWords("Xóa đăng ký thế chấp"), marked("xoá")));
    }

    @Test
    void unmarkedCueThatTheRestOfTheNameAlsoHoldsIsAmbiguous() {
        assertTrue(Reranker.isUnaskedVariant(Reranker.nameWords("Cấp lại giấy phép lái xe"), QueryWords.unmarked(Set.of("bang", "lai", "xe"))));
        assertFalse(Reranker.isUnaskedVariant(Reranker.nameWords("Cấp lại thẻ căn cước"), QueryWords.unmarked(Set.of("the", "lai"))));
    }

    /** Question words typed with marks, no synonyms. */
    private static QueryWords marked(String... words) {
        Set<String> exact = Set.of(words);
        Set<String> folded = exact.stream().map(TextCleaner::fold).collect(Collectors.toSet());
        return new QueryWords(folded, folded, exact);
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
