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

    @Test
    void shippedFileLoads() {
        assertTrue(TestIndex.synonyms().size() > 50);
    }
}
