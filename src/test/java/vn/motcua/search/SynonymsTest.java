package vn.motcua.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SynonymsTest {

    private final Synonyms rules = Synonyms.parse(List.of(
            "# comment",
            "cccd, căn cước công dân",
            "sổ đỏ, sổ hồng => giấy chứng nhận quyền sử dụng đất",
            "ko, k => không",
            "giấy chứng tử => khai tử",
            "không nhận thừa kế => từ chối nhận di sản",
            "chở bò, vận chuyển trâu bò => kiểm dịch động vật"), "test");

    private List<String> phrases(String q) {
        return rules.expand(q).stream().map(Synonyms.Expansion::phrase).toList();
    }

    @Test
    void equivalenceWorksBothWays() {
        assertEquals(List.of("căn cước công dân"), phrases("lam lai cccd"));
        assertEquals(List.of("cccd"), phrases("làm lại căn cước công dân"));
    }

    @Test
    void unmarkedPhraseMatchesMarkedRule() {
        assertEquals(List.of("giấy chứng nhận quyền sử dụng đất"), phrases("lam so do mat bao lau"));
    }

    @Test
    void phraseWithOtherMarksOnEveryWordDoesNotMatch() {
        // "sơ đồ" (a diagram) folds to the same "so do" as "sổ đỏ".
        assertTrue(phrases("xin bản sơ đồ nhà").isEmpty());
    }

    @Test
    void oneMistypedToneInAPhraseStillMatches() {
        assertEquals(List.of("khai tử"), phrases("làm giấy chứng tữ ở đâu"));
    }

    @Test
    void aWordWithOtherMarksCountsAsATypoOnlyBesideAWordTypedWithTheRulesMarks() {
        // "cho bố" (for a father): "cho" typed without marks, "bố" with other marks than "bò".
        assertTrue(phrases("làm khai tử cho bố cần gì").isEmpty());
        assertEquals(List.of("kiểm dịch động vật"), phrases("chở bó đi tỉnh bán"));
        assertEquals(List.of("kiểm dịch động vật"), phrases("cho bo di tinh ban"));
    }

    @Test
    void markedSingleWordMustMatchExactly() {
        assertTrue(phrases("kó").isEmpty());
        assertEquals(List.of("không"), phrases("dc ko"));
    }

    @Test
    void phoneShorthandInsideAPhraseIsReadSpelledOut() {
        assertTrue(phrases("e ko nhận thừa kế đc ko").contains("từ chối nhận di sản"));
        assertEquals(List.of("không"), phrases("e k nhận thừa kế"), "k is also a thousand, left as typed");
        // "hong" is "hồng" typed without marks, not shorthand for "không".
        assertEquals(List.of("giấy chứng nhận quyền sử dụng đất"), phrases("so hong mat"));
        assertEquals(List.of("như", "thế", "nào", "sổ"), Synonyms.spelledOut(List.of("ntn", "sổ")));
    }

    @Test
    void aLongPhraseStillFiresWithOneWordTypedInsideIt() {
        assertFalse(phrases("mất sổ mới đỏ").contains("giấy chứng nhận quyền sử dụng đất"), "a phrase of two words fires only as written");
        assertTrue(phrases("làm giấy bản chứng tử").contains("khai tử"), "three words or more allow one inside");
        Synonyms longer = Synonyms.parse(List.of("không muốn nhận thừa kế => từ chối nhận di sản"), "test");
        assertEquals(List.of(new Synonyms.Expansion("từ chối nhận di sản", "khong muon nhan phan thua ke")),
                longer.expand("khong muon nhan phan thua ke"));
        assertTrue(longer.expand("khong muon nhan phan nay thua ke").isEmpty(), "two extra words are another sentence");
    }

    @Test
    void oneWayRuleDoesNotExpandBack() {
        assertTrue(phrases("giấy chứng nhận quyền sử dụng đất").isEmpty());
    }

    @Test
    void badLineNamesItsNumber() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Synonyms.parse(List.of("a, b", "x => y => z"), "syn.txt"));

        assertTrue(e.getMessage().startsWith("syn.txt:2:"), e.getMessage());
    }

    private final Synonyms situations = Synonyms.parse(List.of(
            "khai sinh + ghi sai | sửa lại + !so với khai sinh => cải chính hộ tịch, -đăng ký khai sinh",
            "giám hộ + đủ 18 | thôi làm => chấm dứt giám hộ"), "test");

    @Test
    void aSituationFiresOnWordsThatStandApart() {
        List<Synonyms.Expansion> out = situations.expand("giay khai sinh cua con toi ghi sai ngay sinh");

        assertEquals(List.of(new Synonyms.Expansion("cải chính hộ tịch", "khai sinh ghi sai"),
                new Synonyms.Expansion("đăng ký khai sinh", "khai sinh ghi sai", true)), out);
        assertEquals(List.of("chấm dứt giám hộ"), situations.expand("cháu đã đủ 18 tuổi, tôi có phải báo xã việc giám hộ").stream()
                .map(Synonyms.Expansion::phrase).toList(), "in either order");
    }

    @Test
    void aSituationNeedsEveryPartAndNoneOfTheExcluded() {
        assertTrue(situations.expand("muốn sửa lại tên cho con").isEmpty(), "no birth certificate named");
        assertTrue(situations.expand("làm khai sinh cho con mới sinh").isEmpty(), "nothing wrong with it");
        assertTrue(situations.expand("thông tin cư trú ghi sai ngày sinh so với khai sinh, sửa lại thế nào").isEmpty(),
                "the birth certificate is the reference, another paper is wrong");
    }

    @Test
    void aBadSituationNamesItsLine() {
        IllegalArgumentException oneSided = assertThrows(IllegalArgumentException.class,
                () -> Synonyms.parse(List.of("khai sinh + !ghi sai => cải chính"), "syn.txt"));
        assertTrue(oneSided.getMessage().startsWith("syn.txt:1:"), oneSided.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Synonyms.parse(List.of("khai sinh + ghi sai, cải chính"), "syn.txt"),
                "a situation is one way");
        assertThrows(IllegalArgumentException.class, () -> Synonyms.parse(List.of("ghi sai | viết sai => cải chính"), "syn.txt"),
                "alternatives outside a situation");
        assertThrows(IllegalArgumentException.class, () -> Synonyms.parse(List.of("khai sinh + => cải chính"), "syn.txt"));
    }

    @Test
    void shippedFileLoads() {
        assertTrue(TestIndex.synonyms().size() > 50);
    }
}
