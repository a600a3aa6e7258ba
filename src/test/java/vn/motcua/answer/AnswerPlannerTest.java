package vn.motcua.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.motcua.catalog.Procedure;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.search.Hit;
import vn.motcua.search.ProcedureSearcher;
import vn.motcua.search.Snippet;

/** The planner's decision rules that read the ranking and the record's text. */
class AnswerPlannerTest {

    @TempDir
    static Path dir;
    private static ProcedureSearcher searcher;

    @BeforeAll
    static void open() {
        searcher = AnswerFixtures.procedures(AnswerFixtures.index(dir));
    }

    /** An emergency classifier that never fires on these tests' words. */
    private static final MessageClassifier NO_EMERGENCY = MessageClassifier.train(List.of("làm lại", "bốc khói", "tháng", "nhanh"), List.of("zzz"));

    private static Hit hit(String code, String name, String field, float score) {
        return new Hit(code, name, List.of("Cấp tỉnh"), field, score, Snippet.NONE);
    }

    private static final List<Hit> PRACTICE_CERTIFICATES = List.of(
            hit("1.003915", "Cấp Chứng chỉ hành nghề đấu giá", "Đấu giá tài sản", 10f),
            hit("1.004756", "Cấp Chứng chỉ hành nghề thú y", "Thú y", 9.5f),
            hit("1.014092", "Cấp Chứng chỉ hành nghề dược", "Dược phẩm", 9f));

    @Test
    void nearCandidatesOfDifferentFieldsNeedAClarifyingQuestion() {
        // "chứng chỉ hành nghề": an auctioneer's, a vet's or a pharmacist's.
        Set<String> expanded = Set.of("cap", "chung", "chi", "hanh", "nghe");
        assertTrue(AnswerPlanner.isAmbiguous(PRACTICE_CERTIFICATES, Set.of("chung", "chi", "hanh"), expanded));
    }

    @Test
    void aQuestionThatNamesTheProcedureOrCandidatesOfOneFieldAreNotAmbiguous() {
        Set<String> named = Set.of("cap", "chung", "chi", "hanh", "nghe", "thu", "y");
        assertFalse(AnswerPlanner.isAmbiguous(List.of(PRACTICE_CERTIFICATES.get(1), PRACTICE_CERTIFICATES.get(0)),
                Set.of("chung", "chi", "hanh"), named), "the question names the vet's certificate");
        List<Hit> oneField = List.of(
                hit("1.010038", "Tách hộ", "Đăng ký, quản lý cư trú", 10f),
                hit("1.004222", "Đăng ký thường trú", "Đăng ký, quản lý cư trú", 9f));
        assertFalse(AnswerPlanner.spansFields(oneField));
        List<Hit> farBehind = List.of(PRACTICE_CERTIFICATES.get(0), hit("1.004756", "Cấp Chứng chỉ hành nghề thú y", "Thú y", 5f));
        assertFalse(AnswerPlanner.spansFields(farBehind), "a candidate far behind the best one is no real alternative");
    }

    @Test
    void aSubjectWholeInTheNamesOfThreeFieldsNeedsAClarifyingQuestion() {
        // Four words of subject, more than the spread rule's three: every name holds them all.
        Set<String> subject = Set.of("chung", "chi", "hanh", "nghe");
        Set<String> expanded = Set.of("cap", "chung", "chi", "hanh", "nghe");
        assertTrue(AnswerPlanner.subjectInNamesOfOtherFields(PRACTICE_CERTIFICATES, subject));
        assertTrue(AnswerPlanner.isAmbiguous(PRACTICE_CERTIFICATES, subject, expanded));

        assertFalse(AnswerPlanner.subjectInNamesOfOtherFields(PRACTICE_CERTIFICATES, Set.of("chung", "chi", "hanh", "nghe", "duoc")),
                "the question names the pharmacist's");
        List<Hit> twoFields = List.of(PRACTICE_CERTIFICATES.get(0), PRACTICE_CERTIFICATES.get(1),
                hit("1.003926", "Cấp lại Chứng chỉ hành nghề đấu giá", "Đấu giá tài sản", 9.8f));
        assertFalse(AnswerPlanner.subjectInNamesOfOtherFields(twoFields, subject), "two fields only");
        List<Hit> oneFarBehind = List.of(PRACTICE_CERTIFICATES.get(0), PRACTICE_CERTIFICATES.get(1),
                hit("1.014092", "Cấp Chứng chỉ hành nghề dược", "Dược phẩm", 7f));
        assertFalse(AnswerPlanner.subjectInNamesOfOtherFields(oneFarBehind, subject), "the third is far behind");
    }

    @Test
    void aProcedureOnlyOrganisationsMayApplyForIsNoChoiceForACitizen() {
        Hit household = hit("1.013978", "Đăng ký đất đai, cấp Giấy chứng nhận lần đầu đối với hộ gia đình, cá nhân", "Đất đai", 10f);
        Hit organisation = new Hit("1.012753", "Đăng ký đất đai, cấp Giấy chứng nhận lần đầu đối với tổ chức đang sử dụng đất",
                List.of("Cấp xã"), "Đất đai", 9.7f, Snippet.NONE, true);
        List<Hit> hits = List.of(household, organisation);
        Set<String> subject = Set.of("lan", "dau");
        Set<String> expanded = Set.of("lan", "dau", "giay", "chung", "nhan", "dat");

        assertTrue(AnswerPlanner.isAmbiguous(hits, subject, expanded), "as near as it is, the organisations' record is a second choice");
        assertEquals(List.of(household), AnswerPlanner.choicesFor(hits, false));
        assertFalse(AnswerPlanner.isAmbiguous(AnswerPlanner.choicesFor(hits, false), subject, expanded));
        assertEquals(hits, AnswerPlanner.choicesFor(hits, true), "the asker speaks for an organisation");
        assertEquals(List.of(organisation, household), AnswerPlanner.choicesFor(List.of(organisation, household), false),
                "the best is the organisations' own");
    }

    @Test
    void anUnaskedAmendmentOfTheBestIsNoCandidateToChooseFrom() {
        List<Hit> club = List.of(
                hit("1.001008", "Thủ tục cấp giấy phép đủ điều kiện kinh doanh dịch vụ vũ trường", "Văn hóa", 10f),
                hit("1.000922", "Thủ tục cấp Giấy phép điều chỉnh Giấy phép đủ điều kiện kinh doanh dịch vụ vũ trường", "Văn hóa", 9.7f));
        Set<String> subject = Set.of("vu", "mo");

        assertFalse(AnswerPlanner.isAmbiguous(club, subject, Set.of("mo", "vu", "truong", "can", "giay", "phep")));
        assertTrue(AnswerPlanner.isAmbiguous(club, subject, Set.of("mo", "vu", "truong", "dieu", "chinh", "giay", "phep")),
                "the question asks about an amendment: which one?");
    }

    @Test
    void aPhraseOfTheQuestionMustStandInTheRecordNotOnlyItsSyllables() {
        String residence = AnswerPlanner.RecordText.of(searcher.byCode("1.004194").orElseThrow()).folded();

        assertTrue(AnswerPlanner.sharesPhrase("thue tro o ha noi thi co phai khai tam tru khong", residence));
        // Every syllable of "sen đá bị úng nước" may occur somewhere in a long record; the two-syllable words do not.
        assertFalse(AnswerPlanner.sharesPhrase("sen da bi ung nuoc nhun la thi cuu the nao", residence));
    }

    @Test
    void aQuestionThatTypesTheBestNamesOwnActionTellsTheCandidatesApart() {
        List<Hit> insurance = List.of(
                hit("1.002759", "Cấp lại, đổi, điều chỉnh thông tin trên sổ BHXH, thẻ BHYT", "Cấp sổ, thẻ", 10f),
                hit("1.002051", "Đăng ký, điều chỉnh đóng BHXH, BHYT, BHTN", "Thu BHXH, BHYT", 7f));

        assertTrue(AnswerPlanner.namesTheTopsAction("xin cap lai so bhxh the bhyt nop online duoc khong", insurance));
        assertFalse(AnswerPlanner.namesTheTopsAction("so bhxh the bhyt nop online duoc khong", insurance), "no action typed");
        // The action stands at the start of another near name too: it tells nothing apart.
        List<Hit> both = List.of(insurance.get(0), hit("1.001294", "Cấp lại thẻ bảo hiểm y tế", "Cấp sổ, thẻ", 9f));
        assertFalse(AnswerPlanner.namesTheTopsAction("xin cap lai the bhyt", both));
        // ... or later in it, after the notice that carries it.
        List<Hit> suspend = List.of(
                hit("1.001570", "Tạm ngừng kinh doanh, tiếp tục kinh doanh trước thời hạn đã thông báo của hộ kinh doanh", "Hộ kinh doanh", 10f),
                hit("2.002029", "Thông báo tạm ngừng kinh doanh, tiếp tục kinh doanh trước thời hạn đã thông báo", "Doanh nghiệp", 9f));
        assertFalse(AnswerPlanner.namesTheTopsAction("tam ngung kinh doanh thi bao o dau", suspend));
    }

    @Test
    void thePeopleOfAStoryDoNotCountAgainstARecordThatNamesNoneOfThem() {
        AnswerPlanner planner = new AnswerPlanner(searcher, InputGuard.bundled(1000), NO_EMERGENCY, NO_EMERGENCY);
        Procedure residence = searcher.byCode("1.004222").orElseThrow();
        Set<String> asked = Set.of("thuong", "tru");

        assertEquals(1.0, planner.coverage(asked, asked, residence), 1e-9);
        // "mẹ già", "chú bác", "nhà em": the record holds none of these words.
        Set<String> story = new java.util.LinkedHashSet<>(List.of("me", "gia", "chu", "bac", "em", "thuong", "tru"));
        assertEquals(1.0, planner.coverage(story, story, residence), 1e-9);
        // Any other word the record lacks still counts against it.
        Set<String> other = Set.of("karaoke", "thuong", "tru");
        assertEquals(2 / 3.0, planner.coverage(other, other, residence), 1e-9);
    }

    @Test
    void aProcedureQuestionWithNoObjectTheCatalogueHoldsIsAskedWhichProcedureNotRefused() {
        // No word of administration, and nothing in the fixture records matches: refused unless the
        // scope classifier is sure it is worded like a question about some procedure.
        String q = "lần trước làm mất cả tháng, lần này làm nhanh hơn được không ạ";
        List<String> procedureTalk = List.of("lần này làm nhanh hơn được không", "làm mất cả tháng mới xong", "lần trước làm lâu quá",
                "làm lại được không ạ", "nộp xong bao lâu thì có", "nhà hàng xóm bốc khói khét lẹt thì làm lại được không");
        List<String> otherTalk = List.of("tối nay ăn gì", "đội nào vô địch", "mua điện thoại nào tốt", "thời tiết mai thế nào", "kể chuyện cười đi");
        AnswerPlanner sure = new AnswerPlanner(searcher, InputGuard.bundled(1000), MessageClassifier.train(procedureTalk, otherTalk), NO_EMERGENCY);
        AnswerPlanner unsure = new AnswerPlanner(searcher, InputGuard.bundled(1000), MessageClassifier.train(otherTalk, procedureTalk), NO_EMERGENCY);

        Plan asked = sure.plan(q, DialogueState.EMPTY);
        assertEquals(Status.CLARIFY, asked.status());
        assertTrue(asked.candidates().isEmpty(), asked.candidates().toString());
        assertEquals(Status.REFUSED, unsure.plan(q, DialogueState.EMPTY).status());
        // A harm the guard alone does not call an emergency is not asked about: it is refused, and so read as one.
        assertEquals(Status.EMERGENCY, sure.plan("lần trước làm mất cả tháng, nhà hàng xóm bốc khói khét lẹt", DialogueState.EMPTY).status());
    }

    @Test
    void harmToldWithNoWordOfAdministrationIsNotAnsweredWithARecordItNamesInPart(@TempDir Path kb, @TempDir Path index) throws Exception {
        // The fixtures and the foreign guardianship record, whose name such a story half names ("ngoài", "nước").
        AnswerFixtures.copyTree(AnswerFixtures.knowledgeBase(), kb);
        Files.copy(Path.of("knowledge-base/procedures/1.001669.json"), kb.resolve("procedures/1.001669.json"));
        ProcedureSearcher wider = AnswerFixtures.procedures(AnswerFixtures.index(kb, index));
        String q = "máy bơm ngoài ruộng rò điện, bố tôi giẫm phải, giờ nằm giữa ruộng nước không nhúc nhích";
        // A scope classifier sure that such stories ask about procedures, as the citizens' phrasings can make it.
        List<String> procedureTalk = List.of(q, "bố tôi ở nước ngoài", "giờ nằm giữa ruộng thì làm sao", "máy bơm ngoài ruộng");
        List<String> otherTalk = List.of("tối nay ăn gì", "đội nào vô địch", "mua điện thoại nào tốt", "thời tiết mai thế nào", "kể chuyện cười đi");
        AnswerPlanner planner = new AnswerPlanner(wider, InputGuard.bundled(1000), MessageClassifier.train(procedureTalk, otherTalk), NO_EMERGENCY);

        assertEquals(Status.EMERGENCY, planner.plan(q, DialogueState.EMPTY).status());
        // A harm told beside a word of administration is still answered ("tạm vắng").
        assertEquals(Status.ANSWERED, planner.plan("con tôi bị tai nạn gãy chân phải nằm viện ở tỉnh khác, khai báo tạm vắng thế nào", DialogueState.EMPTY).status());
    }
}
