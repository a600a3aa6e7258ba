package vn.motcua.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;

class QueryFactoryTest {

    private final QueryFactory queries = new QueryFactory(SearchSettings.PRODUCTION,
            Synonyms.parse(List.of("gks, giấy khai sinh, khai sinh"), "synonyms.txt"));

    @Test
    void typedPairsAreTheQuestionsAdjacentSyllablesFoldedAndNotThoseOfSynonyms() {
        QueryWords words = queries.plan(queries.clean("Làm KHAI SINH cho con")).words();

        assertTrue(words.typedPairs().contains("khai sinh"), words.typedPairs().toString());
        assertTrue(words.typedPairs().contains("sinh cho"), words.typedPairs().toString());
        assertFalse(words.typedPairs().contains("giay khai"), "a pair only a synonym rule added: " + words.typedPairs());
        assertTrue(words.folded().contains("giay"), "the rule did expand: " + words.folded());
        assertTrue(words.typedPairs().stream().allMatch(p -> p.split(" ").length == 2), words.typedPairs().toString());
    }

    @Test
    void theEndOfALongQuestionKeepsItsPairsAndItsShingleClauses() {
        // Twenty-three syllables before "sở tư pháp": at 32 shingles per text its pairs were cut off,
        // and re-ranking never read the end of the question, where the wish and the place stand.
        String q = "minh dang o Han, muon dang ky ket hon voi ban trai nguoi Han, hai dua quen nhau lau roi, nop o so tu phap";
        QueryFactory.Plan plan = queries.plan(queries.clean(q));

        assertTrue(plan.words().typedPairs().contains("tu phap"), plan.words().typedPairs().toString());
        assertTrue(weights(plan.query()).keySet().stream().anyMatch(k -> k.endsWith(":so tu phap")), weights(plan.query()).keySet().toString());
    }

    @Test
    void aRuleFiredOnlyByWordsOfHowToSubmitAddsNothing() {
        QueryFactory withRule = new QueryFactory(SearchSettings.PRODUCTION,
                Synonyms.parse(List.of("vneid, định danh điện tử", "lltp, lý lịch tư pháp"), "synonyms.txt"));

        Map<String, Float> channel = weights(withRule.plan(withRule.clean("LLTP nộp qua VNeID được không")).query());
        Map<String, Float> account = weights(withRule.plan(withRule.clean("đăng ký tài khoản VNeID mức 2")).query());

        assertTrue(channel.keySet().stream().anyMatch(k -> k.endsWith(":ly lich")), channel.keySet().toString());
        assertTrue(channel.keySet().stream().noneMatch(k -> k.endsWith(":dinh danh")), channel.keySet().toString());
        assertTrue(account.keySet().stream().anyMatch(k -> k.endsWith(":dinh danh")), account.keySet().toString());
    }

    @Test
    void anAbbreviationIsSpelledOutByItsLongestRule() {
        QueryFactory withRule = new QueryFactory(SearchSettings.PRODUCTION,
                Synonyms.parse(List.of("gplx, giấy phép lái xe, bằng lái", "đổi bằng lái => đổi giấy phép lái xe"), "synonyms.txt"));

        QuestionTerms terms = withRule.terms(withRule.clean("GPLX hết hạn đổi ở đâu"));

        assertEquals(Map.of("gplx", java.util.Set.of("giay", "phep", "lai", "xe")), terms.spelledOut());
        assertTrue(withRule.terms(withRule.clean("đổi bằng lái ở đâu")).spelledOut().isEmpty(), "a rule fired by a phrase spells out no word");
    }

    @Test
    void theTermsSayWhetherTheAskerSpeaksForAnOrganisation() {
        assertTrue(queries.terms(queries.clean("cty em muốn đăng ký đất đai lần đầu")).forOrganisation());
        assertFalse(queries.terms(queries.clean("nhà em muốn làm sổ đỏ lần đầu")).forOrganisation());
    }

    @Test
    void aMissionsPlaceMarksTheQuestionAsAskedThereAndIsNoQueryWord() {
        for (String q : List.of("làm khai tử cho chú ở Đại sứ quán VN bên Nga cần gì", "lam giay uy quyen o tong lanh su quan",
                "xin xác nhận độc thân ở ĐSQ", "nộp ở cơ quan đại diện Việt Nam tại Nhật", "ghi chu ket hon tai dai su quan",
                "lãnh sự quán VN ở Úc", "xin giấy ở TLSQ")) {
            QueryFactory.Plan plan = queries.plan(queries.clean(q));

            assertTrue(plan.words().atMission(), q);
            assertTrue(weights(plan.query()).keySet().stream().noneMatch(k -> k.endsWith(":lanh su") || k.endsWith(":su quan")
                    || k.endsWith(":dsq") || k.endsWith(":dai dien") || k.endsWith(":lãnh") || k.endsWith(":đại")), q + " " + weights(plan.query()).keySet());
        }
        // Not a place: "sự quan tâm", a consular legalisation asked at home.
        for (String q : List.of("cảm ơn sự quan tâm của cán bộ", "hợp pháp hóa lãnh sự giấy tờ ở sở ngoại vụ", "đăng ký khai sinh ở xã",
                "phòng nhân sự quản lý hồ sơ")) {
            QueryFactory.Plan plan = queries.plan(queries.clean(q));

            assertFalse(plan.words().atMission(), q);
        }
        assertTrue(weights(queries.plan(queries.clean("hợp pháp hóa lãnh sự giấy tờ")).query()).keySet().stream().anyMatch(k -> k.endsWith(":lanh su")));
    }

    @Test
    void aRuledOutPhraseIsFoldedLikeTheNamesItIsLookedForIn() {
        // Names keep "02" as "2" (Reranker.nameWords); a ruled-out "mức độ 02" must be looked for the same way.
        QueryFactory rules = new QueryFactory(SearchSettings.PRODUCTION,
                Synonyms.parse(List.of("vneid + mức 1 => định danh điện tử mức độ 01, -mức độ 02, -Cho Cơ Quan"), "synonyms.txt"));

        QueryWords words = rules.plan(rules.clean("làm vneid mức 1 ở đâu")).words();

        assertEquals(Set.of("muc do 2", "cho co quan"), words.demoted());
        assertTrue(Reranker.isRuledOut(Reranker.Name.of(Reranker.nameWords("Cấp tài khoản định danh điện tử mức độ 02"), ""), words));
        assertFalse(Reranker.isRuledOut(Reranker.Name.of(Reranker.nameWords("Cấp tài khoản định danh điện tử mức độ 01"), ""), words));
    }

    @Test
    void aMissionInTheStoryOfSomeoneBackHomeIsNotWhereTheWishIsDone() {
        for (String q : List.of("e đk khai sinh ở ĐSQ hồi ở nước ngoài, giờ về VN muốn xin bản sao trích lục",
                "kết hôn ở lãnh sự quán, nay đã về nước thì ghi chú ở đâu", "khai sinh ở ĐSQ, về nước rồi giờ xin bản sao", "đăng ký ở đại sứ quán, giờ xin bản sao ở Bộ Ngoại giao")) {
            assertFalse(queries.plan(queries.clean(q)).words().atMission(), q);
        }
        // Going back abroad is not coming home.
        for (String q : List.of("sắp về nước ngoài, làm hộ chiếu ở đại sứ quán được không", "ve lai dai su quan xin ban sao",
                "bang hoc o Anh, hop phap hoa tai Dai su quan de mang ve VN dung")) {
            assertTrue(queries.plan(queries.clean(q)).words().atMission(), q);
        }
    }

    @Test
    void followUpFillerCònIsNotASubjectWordButConIs() {
        // "còn" (and what about) folds to "con" (child): as a query word it pulled "còn nếu là người nước
        // ngoài thì sao" towards adoption ("nuôi con nuôi có yếu tố nước ngoài").
        QueryWords filler = queries.plan(queries.clean("còn nếu là người nước ngoài thì sao")).words();
        QueryWords child = queries.plan(queries.clean("làm giấy tờ cho con")).words();

        assertFalse(filler.folded().contains("con"), filler.folded().toString());
        assertTrue(child.folded().contains("con"), child.folded().toString());
    }

    @Test
    void theWishAfterAStoryIsTheClauseAfterTheLastGoalWordThatHoldsASubject() {
        // Filler left at the end of the wish ("thì", "xin hỏi") is dropped as stopwords when it is analysed.
        assertStarts("nhập khẩu về chỗ mới", queries.wish(
                "Nhà em vừa mua căn chung cư, cả nhà chuyển về ở rồi. Muốn nhập khẩu về chỗ mới thì làm sao"));
        // Unmarked, and a later "cần" that only asks for the papers does not replace the wish.
        assertStarts("lam khai sinh cho be", queries.wish("vo e moi sinh be o benh vien, muon lam khai sinh cho be thi can mang gi"));
        // "xin hỏi" is politeness, not a wish.
        assertStarts("đăng ký thường trú", queries.wish("bố mẹ tôi về quê sống hẳn, muốn đăng ký thường trú, xin hỏi ở đâu"));
        // No story before the goal word: nothing to tell apart.
        assertEquals("", queries.wish("muốn làm khai sinh cho con"));
        assertEquals("", queries.wish("đăng ký kết hôn cần giấy tờ gì"));
    }

    @Test
    void wordsOfTheWishWeighMoreThanWordsOfTheStory() {
        Map<String, Float> weights = weights(queries.plan(queries.clean(
                "nhà em mới mua xe máy ở quận khác, muốn nhập khẩu về chỗ mới")).query());
        Map<String, Float> story = weights(queries.plan(queries.clean(
                "nhà em mới mua xe máy ở quận khác, nhập khẩu về chỗ mới")).query());

        assertTrue(weights.get("name:nhập") > weights.get("name:mua"), weights.toString());
        assertEquals(story.get("name:mua"), weights.get("name:mua"), "story words keep their weight");
        assertTrue(weights.get("name:nhập") > story.get("name:nhập"), "the same words without a goal word weigh less");
    }

    private static void assertStarts(String expected, String wish) {
        assertTrue(wish.startsWith(expected + " "), wish);
    }

    private static Map<String, Float> weights(org.apache.lucene.search.Query query) {
        return ((org.apache.lucene.search.BooleanQuery) query).clauses().stream().map(BooleanClause::query)
                .map(BoostQuery.class::cast)
                .collect(Collectors.toMap(b -> ((TermQuery) b.getQuery()).getTerm().toString(), BoostQuery::getBoost, Float::sum));
    }

    @Test
    void aQuestionAboutSubmittingOnlineIsToldApart() {
        assertTrue(QueryFactory.asksOnline("làm lại cà vẹt online được không"));
        assertTrue(QueryFactory.asksOnline("cap lai cavet tren VNeID"));
        assertTrue(QueryFactory.asksOnline("không cần lên công an có làm được không"));
        assertFalse(QueryFactory.asksOnline("làm lại cà vẹt ở đâu"));
        assertFalse(QueryFactory.asksOnline("mất bằng lái phải làm lại từ đầu à"));
    }
}
