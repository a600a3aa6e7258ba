package vn.motcua.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.motcua.catalog.KnowledgeBaseJson;

class ProcedureSearcherTest {

    @TempDir
    static Path dir;

    private static LiveIndex index;
    private static ProcedureSearcher searcher;

    @BeforeAll
    static void openIndex() {
        index = TestIndex.open(dir);
        searcher = new ProcedureSearcher(index, SearchSettings.PRODUCTION, TestIndex.synonyms(), KnowledgeBaseJson.mapper());
    }

    @AfterAll
    static void closeIndex() {
        index.close();
    }

    private List<String> codes(String q) {
        return searcher.search(q, 5, SearchFilters.NONE).hits().stream().map(Hit::code).toList();
    }

    @Test
    void codeInQuestionComesFirst() {
        assertEquals("1.001456", codes("thủ tục 1.001456 là gì").get(0));
    }

    @Test
    void questionWithoutMarksFindsTheProcedure() {
        assertEquals("1.001193", codes("lam giay khai sinh cho con moi de").get(0));
    }

    @Test
    void abbreviationIsExpanded() {
        assertTrue(codes("lam lai cccd bi mat").subList(0, 2).contains("1.014064"), codes("lam lai cccd bi mat").toString());
    }

    @Test
    void baseProcedureBeatsForeignVariantWhenNoForeignerIsMentioned() {
        List<String> top = codes("đăng ký kết hôn cần giấy tờ gì");

        assertEquals("1.000894", top.get(0));
        assertTrue(top.indexOf("2.000806") > 0);
    }

    @Test
    void levelFilterKeepsOnlyThatLevel() {
        List<Hit> hits = searcher.search("cấp lại thẻ căn cước", 10, new SearchFilters("cấp tỉnh", null, null)).hits();

        assertFalse(hits.isEmpty());
        assertTrue(hits.stream().allMatch(h -> h.levels().contains("Cấp tỉnh")), hits.toString());
    }

    @Test
    void fieldFilterKeepsOnlyThatField() {
        List<Hit> hits = searcher.search("đăng ký", 10, new SearchFilters(null, "ho tich", null)).hits();

        assertFalse(hits.isEmpty());
        assertTrue(hits.stream().allMatch(h -> "Hộ tịch".equals(h.field())), hits.toString());
    }

    @Test
    void snippetMarksMatchedWordsOfAnUnmarkedQuestion() {
        Hit top = searcher.search("dang ky tam tru", 1, SearchFilters.NONE).hits().get(0);

        assertEquals("1.004194", top.code());
        String marked = top.snippet().marked("[", "]");
        assertTrue(marked.contains("[tạm] [trú]") || marked.contains("[Tạm] [trú]"), marked);
    }

    @Test
    void fullRecordIsAvailableByCode() {
        assertEquals("Đăng ký tạm trú", searcher.byCode("1.004194").orElseThrow().name());
        assertTrue(searcher.byCode("9.999999").isEmpty());
        assertTrue(searcher.byCode("../x").isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\u0000\u0007\u001b", "🙂🙂🙂", "?", "\ud83d", "*:*"})
    void inputWithoutWordsFindsNothing(String q) {
        SearchResult r = searcher.search(q, 10, SearchFilters.NONE);

        assertTrue(r.hits().isEmpty(), r.hits().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"AND OR *:* \" ( ~ \\ tạm trú", "title:(tạm OR trú)^3 -c", "Đăng ký 登记 регистрация تسجيل tạm trú",
            "tạm* trú?", "[1 TO 2] tạm trú", "\u0007tạm trú\u0000"})
    void querySyntaxIsReadAsPlainWords(String q) {
        SearchResult r = searcher.search(q, 10, SearchFilters.NONE);

        assertEquals("1.004194", r.hits().get(0).code(), r.hits().toString());
    }

    @Test
    void tenThousandCharactersAreCutNotRejected() {
        String q = "đăng ký tạm trú ".repeat(700);

        SearchResult r = searcher.search(q, 3, SearchFilters.NONE);

        assertEquals("1.004194", r.hits().get(0).code());
    }

    @Test
    void longQuestionOfManyDistinctWordsStaysUnderTheClauseLimit() {
        String q = "đăng ký tạm trú cccd sổ đỏ gplx bhxh bhyt hộ khẩu khai sinh kết hôn lý lịch tư pháp hộ chiếu "
                + "mất bao lâu lệ phí bao nhiêu hồ sơ gồm những gì nộp ở đâu online được không kết quả "
                + "a1 b2 c3 d4 e5 f6 g7 h8 i9 j10 k11 l12 m13 n14 o15 p16 q17 r18 s19 t20 u21 v22 w23 x24 y25 z26 "
                + "đất đai xây dựng nhà ở doanh nghiệp thuế thu nhập bảo hiểm xã hội thất nghiệp thai sản hưu trí "
                + "thời gian thời hạn phí tiền giấy tờ gì những gì cần mang mang theo chỗ nào trực tuyến qua mạng "
                + "dịch vụ công bưu điện bưu chính nộp điều kiện quy trình các bước thủ tục làm sao thế nào như nào "
                + "hk hc ltp đkkd hkd cty mst pccc ubnd tthc vneid cmnd ct07 gks đkkh lltp atvstp anttt gpxd";

        SearchResult r = searcher.search(q, 10, SearchFilters.NONE);

        assertFalse(r.hits().isEmpty());
    }

    @Test
    void kIsClamped() {
        assertEquals(1, searcher.search("căn cước", 0, SearchFilters.NONE).hits().size());
        assertTrue(searcher.search("căn cước", 10_000, SearchFilters.NONE).hits().size() <= ProcedureSearcher.MAX_K);
    }

    @Test
    void queryWordsAreNeverSyntax() {
        // "AND", "*:*" would match everything if parsed; as words they match nothing here.
        assertTrue(searcher.search("*:*", 10, SearchFilters.NONE).hits().isEmpty());
    }
}
