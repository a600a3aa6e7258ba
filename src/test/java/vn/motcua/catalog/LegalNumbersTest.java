package vn.motcua.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.text.Normalizer;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class LegalNumbersTest {

    // 1.000005, portal can_cu_phap_ly
    private static final String CUSTOMS_BASIS = "Tên văn bản pháp lýMã văn bảnLuật 54/2014/QH1354/2014/QH13Thông tư 92/2015/TT-BTC92/2015/TT-BTCLuật 78/2006/QH1178/2006/QH11";

    // 1.000014, portal can_cu_phap_ly
    private static final String PIPELINE_BASIS = "Tên văn bản pháp lýMã văn bảnNghị định 08/2015/NĐ-CP08/2015/NĐ-CPLuật 54/2014/QH1354/2014/QH13Quy định về thủ tục hải quan; kiểm tra, giám sát hải quan; thuế xuất khẩu thuế nhập khẩu và quản lý thuế đối vớỉ hàng hoá xuất khẩu, nhập khẩu.38/2015/TT-BTCThông tư 172/2010/TT-BTC172/2010/TT-BTCQuy định thủ tục hải quan đối với xăng dầu, hóa chất, khí xuất khẩu, nhập khẩu, tạm nhập tái xuất, chuyển khẩu, quá cảnh; nguyên liệu nhập khẩu để sản xuất và pha chế hoặc gia công xuất khẩu xăng, dầu, khí; dầu thô xuất khẩu, nhập khẩu; hàng hóa xuất khẩu, nhập khẩu phục vụ hoạt động dầu khí69/2016/TT-BTC";

    // 1.004194, portal can_cu_phap_ly
    private static final String RESIDENCE_BASIS = "Tên văn bản pháp lýMã văn bảnThông tư số 53/2025/TT-BCAngày 01/7/2025 của Bộ Công an sửa đổi, bổ sung một số điều của Thông tư số 55/2021/TT-BCA ngày 15 tháng 5 năm 2021 của Bộ trưởng Bộ Công an quy định chi tiết một số điều và biện pháp thi hành Luật Cư trú được sửa đổi, bổ sung bởi Thông tư số 66/2023/TT-BCA ngày 17 tháng 11 năm 2023; Thông tư số 56/2021/TT-BCA ngày 15 tháng 5 năm 2021 của Bộ trưởng Bộ Công an quy định về biểu mẫu trong đăng ký, quản lý cư trú được sửa đổi, bổ sung bởi Thông tư số 66/2023/TT-BCA ngày 17 tháng 11 năm 2023; Thông tư số 17/2024/TT-BCA ngày 15 tháng 5 năm 2024 của Bộ trưởng Bộ Công an quy định chi tiết một số điều và biện pháp thi hành Luật Căn cước.53/2025/TT-BCAThông tư số 66/2023/TT-BCA Sửa đổi, bổ sung một số điều của Thông tư số 55/2021/TT-BCA ngày 15/5/2021 quy định chi tiết một số điều và biện pháp thi hành Luật Cư trú; Thông tư số 56/2021/TT-BCA ngày 15/5/2021 của Bộ trưởng Bộ Công an quy định về biểu mẫu trong đăng ký, quản lý cư trú; Thông tư số 57/2021/TT-BCA ngày 15/5/2021 của Bộ trưởng Bộ Công an quy định về quy trình đăng ký cư trú.66/2023/TT-BCAThông tư số 75/2022/TT-BTC của Bộ Tài chính: Quy định mức thu, chế độ thu, nộp và quản lý lệ phí đăng ký cư trú75/2022/TT-BTCThông tư 57/2021/TT-BCA57/2021/TT-BCANghị quyết số 66.7/2025/NQ-CP của Chính phủ: Quy định cắt giảm, đơn giản hóa thủ tục hành chính dựa trên dữ liệu66.7/2025/NQ-CPLuật Cư trú 202068/2020/QH14Thông tư số 54/2025/TT-BCA ngày 01/7/2025 của Bộ trưởng Bộ Công an quy định về quy trình đăng ký cư trú.54/2025/TT-BCANghị định quy định chi tiết một số điều và biện pháp thi hành Luật Cư trú154/2024/NĐ-CPThông tư 55/2021/TT-BCA55/2021/TT-BCAThông tư 56/2021/TT-BCA56/2021/TT-BCAThông tư Hướng dẫn về phí và lệ phí thuộc thẩm quyền quyết định của Hội đồng nhân dân tỉnh, thành phố trực thuộc Trung ương85/2019/TT-BTC";

    // 1.000811, portal can_cu_phap_ly
    private static final String VISA_FEE_BASIS = "Tên văn bản pháp lýMã văn bảnQUY ĐỊNH MỨC THU, CHẾ ĐỘ THU, NỘP, QUẢN LÝ VÀ SỬ DỤNG PHÍ, LỆ PHÍ TRONG LĨNH VỰC XUẤT CẢNH, NHẬP CẢNH, QUÁ CẢNH, CƯ TRÚ TẠI VIỆT NAM25/2021/TT-BTCLuật 49/2019/QH1449/2019/QH14Quyết định số 09/2023/QĐ-TTg09/2023/QĐ-TTg";

    @Nested
    class GluedCells {

        @Test
        void gluedLawNumberIsFoundOnce() {
            // 1.000005
            String text = CUSTOMS_BASIS;

            List<String> numbers = LegalNumbers.findAll(text);

            assertEquals(List.of("54/2014/QH13", "92/2015/TT-BTC", "78/2006/QH11"), numbers);
        }

        @Test
        void gluedRepeatsKeepEveryPosition() {
            // 1.000005
            String text = CUSTOMS_BASIS;

            List<LegalNumbers.Found> found = LegalNumbers.findPositions(text);

            assertEquals(List.of(
                    new LegalNumbers.Found("54/2014/QH13", 34, 46),
                    new LegalNumbers.Found("54/2014/QH13", 46, 58),
                    new LegalNumbers.Found("92/2015/TT-BTC", 67, 81),
                    new LegalNumbers.Found("92/2015/TT-BTC", 81, 95),
                    new LegalNumbers.Found("78/2006/QH11", 100, 112),
                    new LegalNumbers.Found("78/2006/QH11", 112, 124)), found);
        }

        @Test
        void suffixStopsWhereCapitalisedWordBegins() {
            // 1.000014: "NĐ-CPLuật", "QH13Quy", "TT-BTCThông", "dầu khí69/2016/TT-BTC"
            String text = PIPELINE_BASIS;

            List<String> numbers = LegalNumbers.findAll(text);

            assertEquals(List.of("08/2015/NĐ-CP", "54/2014/QH13", "38/2015/TT-BTC", "172/2010/TT-BTC", "69/2016/TT-BTC"), numbers);
        }

        @Test
        void decisionOfThePrimeMinisterIsFoundWhenGlued() {
            // 1.000811: "VIỆT NAM25/2021/TT-BTCLuật", "QĐ-TTg09/2023/QĐ-TTg"
            String text = VISA_FEE_BASIS;

            List<String> numbers = LegalNumbers.findAll(text);

            assertEquals(List.of("25/2021/TT-BTC", "49/2019/QH14", "09/2023/QĐ-TTg"), numbers);
        }

        @Test
        void residenceBasisYieldsEveryInstrumentWhole() {
            // 1.004194: "TT-BCAngày", "66.7/2025/NQ-CP", "Luật Cư trú 202068/2020/QH14", "TT-BCANghị"
            String text = RESIDENCE_BASIS;

            List<String> numbers = LegalNumbers.findAll(text);

            assertEquals(List.of("53/2025/TT-BCA", "55/2021/TT-BCA", "66/2023/TT-BCA", "56/2021/TT-BCA", "17/2024/TT-BCA",
                    "57/2021/TT-BCA", "75/2022/TT-BTC", "66.7/2025/NQ-CP", "68/2020/QH14", "54/2025/TT-BCA",
                    "154/2024/NĐ-CP", "85/2019/TT-BTC"), numbers);
        }

        @Test
        void suffixKeepsItsLastLetterBeforeGluedLowercaseWord() {
            // 1.004194
            String text = "Thông tư số 53/2025/TT-BCAngày 01/7/2025 của Bộ Công an";

            Optional<String> first = LegalNumbers.first(text);

            assertEquals(Optional.of("53/2025/TT-BCA"), first);
        }

        @Test
        void lawNumberGluedAfterTheLawsYearIsFound() {
            // 1.004194
            String text = "Luật Cư trú 202068/2020/QH14";

            List<String> numbers = LegalNumbers.findAll(text);

            assertEquals(List.of("68/2020/QH14"), numbers);
        }

        @Test
        void resolutionNumberWithDecimalPartIsKeptWhole() {
            // 1.004194
            String text = "Nghị quyết số 66.7/2025/NQ-CP của Chính phủ: Quy định cắt giảm, đơn giản hóa thủ tục hành chính dựa trên dữ liệu66.7/2025/NQ-CPLuật Cư trú";

            List<LegalNumbers.Found> found = LegalNumbers.findPositions(text);

            assertEquals(List.of(new LegalNumbers.Found("66.7/2025/NQ-CP", 14, 29), new LegalNumbers.Found("66.7/2025/NQ-CP", 112, 127)), found);
        }

        @Test
        void jointCircularKeepsBothMinistries() {
            // 2.000769, fee note
            String text = "Theo quy định tại Thông tư liên tịch số 72/2011/TTLT-BTC-BGTVT ngày 27/5/2011 của Bộ Tài chính - Bộ Giao thông vận tải hướng dẫn cơ chế quản lý tài chính đào tạo lái xe cơ giới đường bộ.";

            List<String> numbers = LegalNumbers.findAll(text);

            assertEquals(List.of("72/2011/TTLT-BTC-BGTVT"), numbers);
        }

        @Test
        void decisionWithoutYearIsFoundButDatesAreNot() {
            // 1.001939, portal steps
            String text = "chỉ tham gia BHYT trên Cổng Dịch vụ công theo Quyết định số 422/QĐ-TTg ngày 04/4/2022 của Thủ tướng Chính phủ";

            List<String> numbers = LegalNumbers.findAll(text);

            assertEquals(List.of("422/QĐ-TTg"), numbers);
        }
    }

    @Nested
    class GluedTitles {

        @Test
        void upperCaseTitleGluedAfterTheSuffixIsNotPartOfIt() {
            // 2.002038, portal can_cu_phap_ly: "…Việt Nam.191/2025/NĐ-CPLUẬT QUỐC TỊCH VIỆT NAM24/2008/QH12"
            String text = "hướng dẫn thi hành Luật Quốc tịch Việt Nam.191/2025/NĐ-CPLUẬT QUỐC TỊCH VIỆT NAM24/2008/QH12";

            List<String> numbers = LegalNumbers.findAll(text);

            assertEquals(List.of("191/2025/NĐ-CP", "24/2008/QH12"), numbers);
        }

        @Test
        void upperCaseTitleOfSeveralWordsIsNotPartOfTheSuffix() {
            // 1.001662, portal can_cu_phap_ly
            String text = "Nghị định số 131/2025/NĐ-CP14/2025/TT-BNNMT14/2025/TT-BNNMTQUY ĐỊNH VIỆC HÀNH NGHỀ KHOAN NƯỚC DƯỚI ĐẤT";

            List<LegalNumbers.Found> found = LegalNumbers.findPositions(text);

            assertEquals(List.of("131/2025/NĐ-CP", "14/2025/TT-BNNMT", "14/2025/TT-BNNMT"),
                    found.stream().map(LegalNumbers.Found::number).toList());
            assertEquals(text.indexOf("QUY ĐỊNH"), found.get(2).end());
        }

        @Test
        void knownSuffixGluedToALowerCaseWordIsKeptWhole() {
            // 1.000426 "…03/2024/TT-BTPtư vấn", 1.008312 "…12/2015/NĐ-CPchính hướng dẫn",
            // 1.013076 "…79/2024/TT-BCAhông tư số 06/2025/TT-BTC" (the portal lost the "T")
            String text = "tư pháp.03/2024/TT-BTPtư vấn pháp luật về thuế12/2015/NĐ-CPchính hướng dẫn xe máy chuyên dùng."
                    + "79/2024/TT-BCAhông tư số 06/2025/TT-BTC";

            List<String> numbers = LegalNumbers.findAll(text);

            assertEquals(List.of("03/2024/TT-BTP", "12/2015/NĐ-CP", "79/2024/TT-BCA", "06/2025/TT-BTC"), numbers);
        }

        @Test
        void unknownSuffixIsLeftAsWritten() {
            // cells of 1.001598 (a Social Security decision) and 1.013174 (a Standing Committee ordinance)
            String text = "BAN HÀNH QUY TRÌNH2222/QĐ-BHXHPháp lệnh 02/2020/UBTVQH14";

            List<String> numbers = LegalNumbers.findAll(text);

            assertEquals(List.of("2222/QĐ-BHXH", "02/2020/UBTVQH14"), numbers);
        }

        @Test
        void truncatedNumberIsCompletedOnlyFromTheSameText() {
            // 1.012805 writes "118/2025/NĐ-CQuy định…"; the completion must be stated in the text itself
            List<String> withFull = List.of("118/2025/NĐ-C", "118/2025/NĐ-CP");
            List<String> withoutFull = List.of("118/2025/NĐ-C", "101/2024/NĐ-CP");

            String completed = LegalNumbers.completeFrom("118/2025/NĐ-C", withFull);
            String kept = LegalNumbers.completeFrom("118/2025/NĐ-C", withoutFull);

            assertEquals("118/2025/NĐ-CP", completed);
            assertEquals("118/2025/NĐ-C", kept);
        }
    }

    @Nested
    class Issuers {

        @Test
        void nationalAssemblySuffixIsTheNationalAssembly() {
            String number = "54/2014/QH13";

            String issuer = LegalNumbers.issuerOf(number);

            assertEquals("Quốc hội", issuer);
        }

        @Test
        void decreeSuffixIsTheGovernment() {
            String number = "08/2015/NĐ-CP";

            String issuer = LegalNumbers.issuerOf(number);

            assertEquals("Chính phủ", issuer);
        }

        @Test
        void resolutionSuffixIsTheGovernment() {
            String number = "66.7/2025/NQ-CP";

            String issuer = LegalNumbers.issuerOf(number);

            assertEquals("Chính phủ", issuer);
        }

        @Test
        void primeMinisterSuffixIsThePrimeMinister() {
            String number = "09/2023/QĐ-TTg";

            String issuer = LegalNumbers.issuerOf(number);

            assertEquals("Thủ tướng Chính phủ", issuer);
        }

        @Test
        void financeCircularIsTheMinistryOfFinance() {
            String number = "92/2015/TT-BTC";

            String issuer = LegalNumbers.issuerOf(number);

            assertEquals("Bộ Tài chính", issuer);
        }

        @Test
        void jointCircularHasNoSingleIssuer() {
            String number = "72/2011/TTLT-BTC-BGTVT";

            String issuer = LegalNumbers.issuerOf(number);

            assertNull(issuer);
        }

        @Test
        void provincialSuffixIsUnknown() {
            // 1.014208, portal: a provincial People's Committee decision
            String number = "24/2024/QĐ-UBND";

            String issuer = LegalNumbers.issuerOf(number);

            assertNull(issuer);
        }

        @Test
        void nullNumberHasNoIssuer() {
            String number = null;

            String issuer = LegalNumbers.issuerOf(number);

            assertNull(issuer);
        }

        @Test
        void emptyNumberHasNoIssuer() {
            String number = "";

            String issuer = LegalNumbers.issuerOf(number);

            assertNull(issuer);
        }
    }

    @Nested
    class BadInput {

        @Test
        void nullTextHasNoNumbers() {
            String text = null;

            List<String> numbers = LegalNumbers.findAll(text);

            assertEquals(List.of(), numbers);
            assertEquals(List.of(), LegalNumbers.findPositions(text));
            assertEquals(Optional.empty(), LegalNumbers.first(text));
        }

        @Test
        void emptyTextHasNoNumbers() {
            String text = "";

            List<String> numbers = LegalNumbers.findAll(text);

            assertEquals(List.of(), numbers);
        }

        @Test
        void whitespaceTextHasNoNumbers() {
            String text = " \n\t\u00A0";

            List<String> numbers = LegalNumbers.findAll(text);

            assertEquals(List.of(), numbers);
        }

        @Test
        void noInformationPlaceholderHasNoNumbers() {
            // 2.000769, portal can_cu_phap_ly
            String text = "Không có thông tin";

            Optional<String> first = LegalNumbers.first(text);

            assertEquals(Optional.empty(), first);
        }

        @Test
        void tenThousandSlashesFinishQuicklyWithNothing() {
            String text = "1/".repeat(5_000);

            List<String> numbers = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> LegalNumbers.findAll(text));

            assertEquals(List.of(), numbers);
        }

        @Test
        void controlCharacterSeparatesTwoNumbers() {
            // 1.000005, with a bell between the glued cells
            String text = "Luật 54/2014/QH13\u0007Thông tư 92/2015/TT-BTC";

            List<String> numbers = LegalNumbers.findAll(text);

            assertEquals(List.of("54/2014/QH13", "92/2015/TT-BTC"), numbers);
        }

        @Test
        void decomposedTextYieldsTheSameNumbers() {
            // 1.004194
            String text = Normalizer.normalize(RESIDENCE_BASIS, Normalizer.Form.NFD);

            List<String> numbers = LegalNumbers.findAll(text);

            assertEquals(LegalNumbers.findAll(RESIDENCE_BASIS), numbers);
            assertEquals(12, numbers.size());
        }
    }

    @Test
    void decisionSymbolMayEndInADepartmentNumber() {
        // 1.004194 (Word export): "370/QĐ-BCA-C06"
        List<String> numbers = LegalNumbers.findAll("Quyết định 370/QĐ-BCA-C06 ngày 14/01/2025");

        assertEquals(List.of("370/QĐ-BCA-C06"), numbers);
    }
}
