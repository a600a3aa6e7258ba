package vn.motcua.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.motcua.catalog.TextCleaner;

class RerankerTest {

    @Test
    void nameWordsAndMarksReadNumbersAsTheAnalyzerDoes() {
        String name = "Cấp tài khoản định danh điện tử mức độ 02";
        assertEquals("cap tai khoan dinh danh dien tu muc do 2", Reranker.nameWords(name));
        assertEquals(Reranker.nameWords(name).split(" ").length, Reranker.nameMarks(name).split(" ").length);
    }

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
    void anExchangeIsAVariantButNotANameThatStartsWithĐối() {
        // "Đổi giấy phép lái xe" had outranked "Cấp giấy phép lái xe" for a first licence, and "Đổi, cấp
        // lại Giấy xác nhận khuyết tật" the first certificate.
        Reranker.Name exchange = name("Đổi giấy phép lái xe");
        Reranker.Name exchangeOrReissue = name("Đổi, cấp lại Giấy xác nhận khuyết tật");

        assertTrue(Reranker.isUnaskedVariant(exchange, marked("thi", "bằng", "lái", "xe", "máy")));
        assertFalse(Reranker.isUnaskedVariant(exchange, marked("đổi", "bằng", "lái", "xe")));
        assertTrue(Reranker.isUnaskedVariant(exchangeOrReissue, marked("giấy", "xác", "nhận", "khuyết", "tật", "lần", "đầu")));
        assertFalse(Reranker.isUnaskedVariant(exchangeOrReissue, marked("xin", "lại", "giấy", "khuyết", "tật")));
        assertFalse(Reranker.isUnaskedVariant(name("Đối chiếu, xác nhận số dư tài khoản"), marked("xác", "nhận", "số", "dư")));
        assertTrue(Reranker.isUnaskedVariant(name("Sửa đổi, bổ sung Giấy phép nhận chìm ở biển"), marked("giấy", "phép", "nhận", "chìm")));
    }

    @Test
    void largeWorksPermitsAreAVariantUnlessTheQuestionNamesTheirGrade() {
        Reranker.Name large = name("Gia hạn giấy phép xây dựng đối với công trình cấp đặc biệt, cấp I, cấp II (Công trình không theo tuyến)");
        Reranker.Name house = name("Gia hạn giấy phép xây dựng đối với công trình cấp III, cấp IV (Công trình không theo tuyến)");
        QueryWords family = marked("gia", "hạn", "giấy", "phép", "xây", "dựng", "nhà");
        // The same words, and "cấp 2" typed side by side (a pair neither name holds, so coverage is the same).
        QueryWords graded = new QueryWords(family.folded(), family.typed(), family.exact(), Set.of("cap 2"));

        assertEquals(Reranker.score(10f, large, 1f, Reranker.Traits.NONE, graded) * Reranker.VARIANT_PENALTY,
                Reranker.score(10f, large, 1f, Reranker.Traits.NONE, family), 1e-4);
        assertEquals(Reranker.score(10f, house, 1f, Reranker.Traits.NONE, graded), Reranker.score(10f, house, 1f, Reranker.Traits.NONE, family), 1e-4);
    }

    private static Reranker.Name name(String name) {
        return Reranker.Name.of(Reranker.nameWords(name), Reranker.nameMarks(name));
    }

    @Test
    void anAmendmentIssuedAsAPermitIsAVariantToo() {
        Reranker.Name amended = name("Cấp điều chỉnh giấy phép xây dựng đối với công trình cấp III, cấp IV");
        Reranker.Name extended = name("Cấp gia hạn chứng chỉ hành nghề");

        assertTrue(Reranker.isUnaskedVariant(amended, marked("xin", "giấy", "phép", "xây", "dựng", "nhà")));
        assertFalse(Reranker.isUnaskedVariant(amended, marked("điều", "chỉnh", "giấy", "phép", "xây", "dựng")));
        assertTrue(Reranker.isUnaskedVariant(extended, marked("chứng", "chỉ", "hành", "nghề")));
        assertFalse(Reranker.isUnaskedVariant(name("Cấp giấy phép xây dựng mới"), marked("giấy", "phép", "xây", "dựng")));
    }

    @Test
    void againAfterAVerbOfCorrectingOrLeavingIsNoCue() {
        Reranker.Name again = name("Thủ tục đăng ký lại khai sinh");
        QueryWords words = marked("muốn", "sửa", "lại", "xin", "khai", "sinh");

        QueryWords corrected = new QueryWords(words.folded(), words.typed(), words.exact(), Set.of("muon sua", "sua lai", "khai sinh"));
        QueryWords askedAgain = new QueryWords(words.folded(), words.typed(), words.exact(), Set.of("xin lai", "khai sinh"));

        assertTrue(Reranker.isUnaskedVariant(again, corrected), "sửa lại is a correction");
        assertFalse(Reranker.isUnaskedVariant(again, askedAgain));
    }

    @Test
    void againAfterSellingOrRentingIsNoCue() {
        Reranker.Name reissued = name("Cấp lại Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh");
        QueryWords words = marked("nấu", "rượu", "bán", "lại", "xin", "phép");

        QueryWords resold = new QueryWords(words.folded(), words.typed(), words.exact(), Set.of("nau ruou", "ban lai", "xin phep"));
        QueryWords sublet = new QueryWords(words.folded(), words.typed(), words.exact(), Set.of("nau ruou", "thue lai", "xin phep"));
        QueryWords askedAgain = new QueryWords(words.folded(), words.typed(), words.exact(), Set.of("nau ruou", "xin lai", "xin phep"));

        assertTrue(Reranker.isUnaskedVariant(reissued, resold), "bán lại is a resale");
        assertTrue(Reranker.isUnaskedVariant(reissued, sublet), "thuê lại is a sublease");
        assertFalse(Reranker.isUnaskedVariant(reissued, askedAgain));
    }

    @Test
    void aRecordTheSituationRulesOutCountsLess() {
        QueryWords words = marked("khai", "sinh", "bỏ", "trống", "tên", "bố", "nhận", "con");
        QueryWords ruled = words.ruleOut(Set.of("khai sinh ket hop"));
        Reranker.Name combined = name("Thủ tục đăng ký khai sinh kết hợp đăng ký nhận cha, mẹ, con");
        Reranker.Name alone = name("Thủ tục đăng ký nhận cha, mẹ, con");

        assertTrue(Reranker.isRuledOut(combined, ruled));
        assertFalse(Reranker.isRuledOut(alone, ruled));
        assertFalse(Reranker.isRuledOut(combined, words), "nothing ruled out");
        assertFalse(Reranker.isRuledOut(combined, words.ruleOut(Set.of("sinh ket ho"))),
                "whole words only");
        assertEquals(Reranker.VARIANT_PENALTY * Reranker.score(100f, combined, 1f, Reranker.Traits.NONE, words),
                Reranker.score(100f, combined, 1f, Reranker.Traits.NONE, ruled), 1e-3f);
    }

    @Test
    void unmarkedCueThatTheRestOfTheNameAlsoHoldsIsAmbiguous() {
        assertTrue(Reranker.isUnaskedVariant(Reranker.nameWords("Cấp lại giấy phép lái xe"), QueryWords.unmarked(Set.of("bang", "lai", "xe"))));
        assertFalse(Reranker.isUnaskedVariant(Reranker.nameWords("Cấp lại thẻ căn cước"), QueryWords.unmarked(Set.of("the", "lai"))));
    }

    private static boolean isForOrganisation(QueryWords query) {
        return query.forOrganisation();
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

    @Test
    void targetGroupWithoutAPersonIsForOrganisationsOnly() {
        assertTrue(Reranker.isForOrganisationsOnly("Tổ chức (không bao gồm doanh nghiệp, HTX)"));
        assertTrue(Reranker.isForOrganisationsOnly("Doanh nghiệp, Doanh nghiệp có vốn đầu tư nước ngoài"));
        assertTrue(Reranker.isForOrganisationsOnly("Cán bộ, công chức, viên chức"));
        assertFalse(Reranker.isForOrganisationsOnly("Công dân Việt Nam, Doanh nghiệp"));
        assertFalse(Reranker.isForOrganisationsOnly("Tổ chức nước ngoài, Người nước ngoài"));
        assertFalse(Reranker.isForOrganisationsOnly("CÔNG DÂN VIỆT NAM"));
        assertFalse(Reranker.isForOrganisationsOnly(null));
        assertFalse(Reranker.isForOrganisationsOnly(" "));
    }

    @Test
    void organisationsOnlyRecordCountsLessUnlessTheQuestionSpeaksForOne() {
        String name = Reranker.nameWords("Cấp phiếu lý lịch tư pháp");
        QueryWords citizen = marked("xin", "lý", "lịch", "tư", "pháp");
        QueryWords company = marked("công", "ty", "xin", "lý", "lịch", "tư", "pháp");

        float forPeople = Reranker.score(10f, name, "", 1f, false, citizen);
        float forOrganisations = Reranker.score(10f, name, "", 1f, true, citizen);

        assertEquals(forPeople * Reranker.ORGANISATIONS_ONLY_PRIOR, forOrganisations, 1e-4);
        assertEquals(forPeople, Reranker.score(10f, name, "", 1f, true, company), 1e-4);
    }

    /** The question's folded words and adjacent pairs, as the query factory reads them. */
    private static QueryWords asked(String question) {
        List<String> w = List.of(TextCleaner.fold(question).split(" "));
        Set<String> pairs = new java.util.HashSet<>();
        for (int i = 0; i + 1 < w.size(); i++) {
            pairs.add(w.get(i) + " " + w.get(i + 1));
        }
        return new QueryWords(Set.copyOf(w), Set.copyOf(w), Set.of(), pairs);
    }

    @Test
    void aMissionsRecordCountsMoreOnlyForAQuestionAskedAtOne() {
        assertTrue(Reranker.isAtMission(List.of("Cơ quan đại diện ngoại giao"), List.of()));
        assertTrue(Reranker.isAtMission(List.of(), List.of("Cơ quan đại diện Việt Nam ở nước ngoài")));
        assertFalse(Reranker.isAtMission(List.of("Ủy ban Nhân dân xã, phường, thị trấn"), List.of("Bộ Ngoại giao")));

        Reranker.Name name = Reranker.Name.of(Reranker.nameWords("Thủ tục đăng ký khai tử"), "");
        QueryWords atMission = asked("làm khai tử ở").askedAtMission();
        QueryWords atHome = asked("làm khai tử ở xã");
        Reranker.Traits mission = new Reranker.Traits(false, true, false);
        assertEquals(Reranker.score(10f, name, 1f, Reranker.Traits.NONE, atMission) * Reranker.AT_MISSION_BOOST,
                Reranker.score(10f, name, 1f, mission, atMission), 1e-4);
        assertEquals(Reranker.score(10f, name, 1f, Reranker.Traits.NONE, atHome), Reranker.score(10f, name, 1f, mission, atHome), 1e-4);
    }

    @Test
    void aQuestionSpeaksOfTheArmedForcesOnlyInTheirOwnWords() {
        for (String q : List.of("bộ đội xuất ngũ được trợ cấp gì", "đăng ký nghĩa vụ quân sự lần đầu", "con trai đi nvqs",
                "vợ chiến sĩ công an nhân dân làm thẻ bhyt", "quân nhân chuyên nghiệp nghỉ hưu")) {
            assertTrue(asked(q).armedForces(), q);
        }
        for (String q : List.of("đăng ký xe ở công an xã", "làm thẻ bảo hiểm y tế cho con", "xin giấy phép hành nghề bác sĩ",
                "quân nhu quận 5", "nghĩa trang liệt sĩ ở đâu")) {
            assertFalse(asked(q).armedForces(), q);
        }
    }

    @Test
    void anArmedForcesRecordCountsLessUnlessTheQuestionSpeaksOfThem() {
        assertTrue(Reranker.isForArmedForces(Reranker.DEFENCE_DATASET, "Khám bệnh, chữa bệnh", List.of("Cục Quân y"), List.of()));
        assertTrue(Reranker.isForArmedForces("tthc-national", "Chính sách", List.of("Công an cấp Tỉnh, Bộ Công an, Cục Chính sách"), List.of()));
        assertFalse(Reranker.isForArmedForces("tthc-national", "Chính sách", List.of("Sở Nội vụ"), List.of()));
        assertFalse(Reranker.isForArmedForces("tthc-national", "Đăng ký, quản lý cư trú", List.of("Công an cấp xã"), List.of()));

        Reranker.Name name = Reranker.Name.of(Reranker.nameWords("Cấp thẻ bảo hiểm y tế (thực hiện tại cấp tỉnh)"), "");
        Reranker.Traits police = new Reranker.Traits(false, false, true);
        QueryWords citizen = asked("làm thẻ bảo hiểm y tế cho con");
        QueryWords officer = asked("chiến sĩ công an làm thẻ bảo hiểm y tế cho con");
        assertEquals(Reranker.score(10f, name, 1f, Reranker.Traits.NONE, citizen) * Reranker.ARMED_FORCES_PRIOR,
                Reranker.score(10f, name, 1f, police, citizen), 1e-4);
        assertEquals(Reranker.score(10f, name, 1f, Reranker.Traits.NONE, officer), Reranker.score(10f, name, 1f, police, officer), 1e-4);
    }

    @Test
    void organisationCuesNeedBothSyllablesOfAPairAndMarksOnAShop() {
        assertTrue(isForOrganisation(QueryWords.unmarked(Set.of("cty", "tam", "ngung"))));
        assertTrue(isForOrganisation(QueryWords.unmarked(Set.of("ho", "kinh", "doanh", "khai", "thue"))));
        assertTrue(isForOrganisation(marked("mở", "quán", "karaoke")));
        assertTrue(isForOrganisation(QueryWords.unmarked(Set.of("mo", "quan", "karaoke"))), "opening a shop, typed without marks");
        assertFalse(isForOrganisation(QueryWords.unmarked(Set.of("quan", "karaoke", "gan", "nha"))));
        assertFalse(isForOrganisation(QueryWords.unmarked(Set.of("cong", "an", "xac", "nhan"))));
        assertFalse(isForOrganisation(QueryWords.unmarked(Set.of("kinh", "nghiem", "lam", "so", "do"))));
    }

    @Test
    void anyChangeWordAsksForAChangeProcedure() {
        String change = Reranker.nameWords("Thủ tục thay đổi, cải chính, bổ sung thông tin hộ tịch, xác định lại dân tộc");

        assertFalse(Reranker.isUnaskedVariant(change, marked("khai", "sinh", "bổ", "sung", "thông", "tin")));
        assertFalse(Reranker.isUnaskedVariant(change, marked("cải", "chính", "hộ", "tịch")));
        assertTrue(Reranker.isUnaskedVariant(change, marked("khai", "sinh", "cho", "con")));
    }

    @Test
    void pairCoverageCountsOnlyAdjacentSyllablesTypedTogether() {
        String words = Reranker.nameWords("Thủ tục đăng ký khai sinh kết hợp đăng ký nhận cha, mẹ, con");
        QueryWords together = new QueryWords(Set.of("khai", "sinh", "cho", "con"), Set.of("khai", "sinh", "cho", "con"), Set.of(),
                Set.of("khai sinh", "sinh cho", "cho con"));
        QueryWords apart = new QueryWords(Set.of("khai", "sinh"), Set.of("khai", "sinh"), Set.of(), Set.of("sinh khai"));

        // distinct pairs: dang ky, ky khai, khai sinh, sinh ket, ket hop, hop dang, ky nhan, nhan cha, cha me, me con
        assertEquals(1f / 10f, Reranker.pairCoverage(words, together), 1e-6);
        assertEquals(0f, Reranker.pairCoverage(words, apart), 1e-6);
        assertEquals(0f, Reranker.pairCoverage("", together), 1e-6);
    }

    @Test
    void nameMarksFollowTheNameWords() {
        String name = "Thủ tục đăng ký giám hộ (thực hiện tại cấp xã)";
        String[] words = Reranker.nameWords(name).split(" ");
        String[] marks = Reranker.nameMarks(name).split(" ");

        assertEquals(List.of("dang", "ky", "giam", "ho"), List.of(words));
        assertEquals(words.length, marks.length);
        assertEquals(QueryWords.marks("giám"), marks[2]);
        assertEquals(QueryWords.marks("ký"), marks[1]);
        assertEquals("-", Reranker.nameMarks("Đăng ký xe tạm thời").split(" ")[2]);
        assertEquals("", Reranker.nameMarks(""));
    }

    @Test
    void wordTypedWithOtherMarksDoesNotCoverTheName() {
        String name = "Thủ tục đăng ký giám hộ";
        String words = Reranker.nameWords(name);
        String marks = Reranker.nameMarks(name);

        float other = Reranker.coverages(Reranker.Name.of(words, marks), marked("đăng", "ký", "giảm", "trừ"));
        float same = Reranker.coverages(Reranker.Name.of(words, marks), marked("đăng", "ký", "giám", "hộ"));
        float unmarked = Reranker.coverages(Reranker.Name.of(words, marks), QueryWords.unmarked(Set.of("dang", "ky", "giam")));
        float withoutMarks = Reranker.coverages(Reranker.Name.of(words, ""), marked("đăng", "ký", "giảm"));

        assertEquals(0.75f * 2f / 4f, other, 1e-6);
        assertEquals(0.75f, same, 1e-6);
        assertEquals(0.75f * 3f / 4f, unmarked, 1e-6);
        assertEquals(0.75f * 3f / 4f, withoutMarks, 1e-6);
    }

    @Test
    void stoppingAndUpdatingAreVariantsAskedForByTheirOwnWords() {
        String stop = Reranker.nameWords("Dừng thực hiện thủ tục đăng ký hộ kinh doanh");
        String update = Reranker.nameWords("Đăng ký cập nhật, bổ sung thông tin trong hồ sơ đăng ký hộ kinh doanh");

        assertTrue(Reranker.isUnaskedVariant(stop, marked("đăng", "ký", "hộ", "kinh", "doanh")));
        assertFalse(Reranker.isUnaskedVariant(stop, marked("dừng", "đăng", "ký", "hộ", "kinh", "doanh")));
        assertTrue(Reranker.isUnaskedVariant(update, marked("đăng", "ký", "hộ", "kinh", "doanh")));
        assertFalse(Reranker.isUnaskedVariant(update, marked("bổ", "sung", "hồ", "sơ", "hộ", "kinh", "doanh")));
    }

    @Test
    void aNameThatListsVietnameseCitizensFirstIsNotAForeignVariant() {
        assertTrue(Reranker.isForeign(" " + Reranker.nameWords("Thủ tục đăng ký kết hôn có yếu tố nước ngoài") + " "));
        assertTrue(Reranker.isForeign(" " + Reranker.nameWords("Đăng ký hành nghề công tác xã hội tại Việt Nam đối với người nước ngoài, người Việt Nam định cư ở nước ngoài") + " "));
        assertFalse(Reranker.isForeign(" " + Reranker.nameWords(
                "Cấp Phiếu Lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam, người Việt Nam đang cư trú ở nước ngoài") + " "));
    }

    @Test
    void aFamilyIsNoCueForARenewal() {
        String renewal = Reranker.nameWords("Gia hạn tạm trú");
        Set<String> family = Set.of("gia", "dinh", "tam", "tru");
        Set<String> extend = Set.of("gia", "han", "tam", "tru");

        assertTrue(Reranker.isUnaskedVariant(renewal, new QueryWords(family, family, Set.of("gia", "đình", "tạm", "trú"), Set.of("gia dinh", "dinh tam", "tam tru"))));
        assertFalse(Reranker.isUnaskedVariant(renewal, new QueryWords(extend, extend, Set.of("gia", "hạn", "tạm", "trú"), Set.of("gia han", "han tam", "tam tru"))));
    }

    @Test
    void vehicleTwinsAreReadByWhatTheyDoAndTheFullyOnlineOneIsAVariant() {
        String partly = Reranker.nameWords("Cấp lại chứng nhận đăng ký xe, biển số xe thực hiện bằng dịch vụ công trực tuyến một phần hoặc trực tiếp "
                + "thực hiện tại cấp trung ương, cấp tỉnh, cấp xã");
        String fully = Reranker.nameWords("Cấp lại chứng nhận đăng ký xe, biển số xe thực hiện bằng dịch vụ công trực tuyến toàn trình");

        assertEquals("cap lai chung nhan dang ky xe bien so xe", partly);
        assertEquals("cap lai chung nhan dang ky xe bien so xe toan trinh", fully);
        assertEquals(partly.split(" ").length, Reranker.nameMarks("Cấp lại chứng nhận đăng ký xe, biển số xe thực hiện bằng dịch vụ công trực "
                + "tuyến một phần hoặc trực tiếp thực hiện tại cấp trung ương, cấp tỉnh, cấp xã").split(" ").length);
        QueryWords asked = marked("làm", "lại", "cà", "vẹt");
        assertTrue(Reranker.isUnaskedFullyOnline(Reranker.Name.of(fully, ""), asked));
        assertFalse(Reranker.isUnaskedFullyOnline(Reranker.Name.of(fully, ""), asked.askedOnline()));
        assertFalse(Reranker.isUnaskedFullyOnline(Reranker.Name.of(partly, ""), asked));
    }

    @Test
    void anOrganisationThatDemandsAPaperOrThatARuleAddedIsNotTheAsker() {
        Set<String> demanding = Set.of("cong", "ty", "yeu", "cau", "nop", "ly", "lich", "tu", "phap");
        Set<String> speaking = Set.of("cty", "e", "can", "xin", "giay", "phep");
        Set<String> added = Set.of("xin", "viec", "trung", "tam", "dich", "vu", "lam");

        assertFalse(new QueryWords(demanding, demanding, Set.of(), Set.of("cong ty", "ty yeu", "yeu cau", "cau nop")).forOrganisation());
        assertTrue(new QueryWords(speaking, speaking, Set.of(), Set.of("cty e", "e can")).forOrganisation());
        assertFalse(new QueryWords(added, Set.of("xin", "viec"), Set.of(), Set.of("xin viec")).forOrganisation());
        assertTrue(new QueryWords(Set.of("mo", "quan", "karaoke"), Set.of("mo", "quan", "karaoke"), Set.of(), Set.of("mo quan")).forOrganisation());
    }

    @Test
    void askedVariantPutsItsBaseBehind() {
        List<Reranker.Name> names = List.of(name("Thủ tục cấp thẻ bảo hiểm y tế"), name("Cấp lại thẻ bảo hiểm y tế (thực hiện tại cấp tỉnh)"));
        List<List<String>> levels = List.of(List.of("Cấp tỉnh"), List.of("Cấp tỉnh"));
        float[] scores = {10f, 9f};

        float[] again = Reranker.twins(names, levels, scores, marked("mất", "thẻ", "bhyt", "xin", "cấp", "lại"));
        // "mất" adds "cấp lại" by a synonym rule, but "bố mới mất" is a death: a cue the question did not type is not enough.
        float[] died = Reranker.twins(names, levels, scores,
                new QueryWords(Set.of("bo", "mat", "the", "cap", "lai"), Set.of("bo", "mat", "the"), Set.of("bố", "mất", "thẻ", "cấp", "lại")));

        assertEquals(10f * Reranker.VARIANT_PENALTY, again[0], 1e-4);
        assertEquals(9f, again[1], 1e-4);
        assertArrayEquals(scores, died, 1e-4f);
    }

    @Test
    void anotherActionIsNoBase() {
        List<Reranker.Name> names = List.of(name("Tiếp tục hưởng trợ cấp thất nghiệp"), name("Tạm dừng hưởng trợ cấp thất nghiệp"));
        float[] scores = {10f, 9f};

        float[] after = Reranker.twins(names, List.of(List.of("Cấp tỉnh"), List.of("Cấp tỉnh")), scores,
                marked("bị", "tạm", "dừng", "trợ", "cấp", "thất", "nghiệp", "muốn", "hưởng", "tiếp"));

        assertArrayEquals(scores, after, 1e-4f);
    }

    @Test
    void abroadPutsTheHomeRecordBehind() {
        List<Reranker.Name> names = List.of(name("Thủ tục đăng ký khai tử"), name("Thủ tục đăng ký khai tử có yếu tố nước ngoài"));
        List<List<String>> levels = List.of(List.of("Cấp xã"), List.of("Cấp xã"));
        float[] scores = {10f, 9f};

        float[] japanese = Reranker.twins(names, levels, scores,
                new QueryWords(Set.of("anh", "nguoi", "nhat", "khai", "tu", "nuoc", "ngoai"), Set.of("anh", "nguoi", "nhat", "khai", "tu"), Set.of()));
        float[] home = Reranker.twins(names, levels, scores, marked("bố", "mất", "khai", "tử"));

        assertEquals(10f * Reranker.VARIANT_PENALTY, japanese[0], 1e-4);
        assertArrayEquals(scores, home, 1e-4f);
    }

    @Test
    void namedLevelPutsTheOtherLevelsTwinBehind() {
        List<Reranker.Name> names = List.of(name("Cấp bản sao văn bằng, chứng chỉ từ sổ gốc (tại cấp xã)"),
                name("Cấp bản sao văn bằng, chứng chỉ từ sổ gốc (tại cấp tỉnh)"));
        List<List<String>> levels = List.of(List.of("Cấp xã"), List.of("Cấp tỉnh"));
        float[] scores = {10f, 9f};
        QueryWords words = marked("bản", "sao", "bằng");

        assertEquals(10f * Reranker.VARIANT_PENALTY, Reranker.twins(names, levels, scores, words.askedAt(Reranker.Level.PROVINCE))[0], 1e-4);
        assertEquals(9f * Reranker.VARIANT_PENALTY, Reranker.twins(names, levels, scores, words.askedAt(Reranker.Level.COMMUNE))[1], 1e-4);
        assertArrayEquals(scores, Reranker.twins(names, levels, scores, words), 1e-4f);
    }

    @Test
    void levelNamedInTheQuestion() {
        assertEquals(Reranker.Level.PROVINCE, Reranker.askedLevel("mất bằng cấp 3, xin bản sao ở Sở Giáo dục được không"));
        assertEquals(Reranker.Level.PROVINCE, Reranker.askedLevel("xin ban sao bang o so giao duc"));
        assertEquals(Reranker.Level.PROVINCE, Reranker.askedLevel("đổi căn cước ở công an tỉnh"));
        assertEquals(Reranker.Level.COMMUNE, Reranker.askedLevel("làm ở UBND xã cần gì"));
        assertEquals(Reranker.Level.COMMUNE, Reranker.askedLevel("lam o ubnd phuong"));
        assertNull(Reranker.askedLevel("thông tin của tôi trong cơ sở dữ liệu dân cư"), "cơ sở is no Sở");
        assertNull(Reranker.askedLevel("so do bi mat thi lam sao"), "unmarked so is also sổ");
        assertNull(Reranker.askedLevel("nộp ở xã hay lên tỉnh"), "both named");
    }

    @Test
    void theHeadOfALongNameCounts() {
        String listing = "Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của Việt Nam; "
                + "cơ quan, tổ chức có thẩm quyền của nước ngoài cấp hoặc chứng nhận";
        String words = Reranker.nameWords(listing);
        QueryWords asked = marked("chứng", "thực", "bản", "sao", "bằng", "đại", "học");

        float whole = Reranker.coverages(Reranker.Name.of(words, Reranker.nameMarks(listing)), asked);
        float withHead = Reranker.coverages(Reranker.Name.of(words, Reranker.nameMarks(listing), Reranker.headLength(listing)), asked);
        String listOfActions = "Thủ tục thay đổi, cải chính, bổ sung thông tin hộ tịch";

        assertEquals(9, Reranker.headLength(listing), "chứng thực bản sao từ bản chính giấy tờ");
        assertTrue(withHead > whole + 0.1f, whole + " → " + withHead);
        assertEquals(2, Reranker.headLength(listOfActions));
        assertEquals(Reranker.coverages(Reranker.Name.of(Reranker.nameWords(listOfActions), ""), asked),
                Reranker.coverages(Reranker.Name.of(Reranker.nameWords(listOfActions), "", Reranker.headLength(listOfActions)), asked), 1e-6,
                "a head of fewer than HEAD_MIN words is no head");
        assertEquals(Integer.MAX_VALUE, Reranker.headLength("Cấp bản sao có chứng thực từ bản chính giao dịch đã được chứng thực"));
    }

    @Test
    void repairPermitIsAVariantOfTheNewBuildingPermit() {
        Reranker.Name repair = name("Cấp giấy phép xây dựng sửa chữa, cải tạo đối với công trình cấp III, cấp IV (công trình Không theo tuyến) và nhà ở riêng lẻ:");
        Reranker.Name build = name("Cấp giấy phép xây dựng mới đối với công trình cấp III, cấp IV (Công trình không theo tuyến) và nhà ở riêng lẻ");

        assertTrue(Reranker.isUnaskedVariant(repair, marked("xây", "nhà", "ở", "riêng", "lẻ", "xin", "phép")));
        assertFalse(Reranker.isUnaskedVariant(repair, marked("cải", "tạo", "nhà", "cũ", "xin", "phép")));
        assertFalse(Reranker.isUnaskedVariant(build, marked("xây", "nhà", "ở", "riêng", "lẻ", "xin", "phép")));
    }
}
