package vn.motcua.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.text.Normalizer;
import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DocumentCountsTest {

    @Nested
    class LabelFirst {

        @Test
        void wordExportGluedLabelsGiveBothCounts() {
            // 1.000005, Word export
            String cell = "Bản chính: 1Bản sao: 0";

            DocumentCounts counts = DocumentCounts.parse(cell);

            assertEquals(new DocumentCounts(1, 0), counts);
        }

        @Test
        void twoDigitCopyCountIsRead() {
            // 2.000301, Word export
            String cell = "Bản chính: 1Bản sao: 19";

            DocumentCounts counts = DocumentCounts.parse(cell);

            assertEquals(new DocumentCounts(1, 19), counts);
        }

        @Test
        void emptyCopyLabelLeavesCopiesUnknown() {
            // 1.000049, Word export
            String cell = "Bản chính: 1Bản sao:";

            DocumentCounts counts = DocumentCounts.parse(cell);

            assertEquals(new DocumentCounts(1, null), counts);
        }

        @Test
        void emptyOriginalLabelLeavesOriginalsUnknown() {
            // 1.000049, Word export
            String cell = "Bản chính: Bản sao: 1";

            DocumentCounts counts = DocumentCounts.parse(cell);

            assertEquals(new DocumentCounts(null, 1), counts);
        }

        @Test
        void zeroOfEachIsReadAsZeroNotUnknown() {
            // 1.000025, Word export
            String cell = "Bản chính: 0Bản sao: 0";

            DocumentCounts counts = DocumentCounts.parse(cell);

            assertEquals(new DocumentCounts(0, 0), counts);
        }

        @Test
        void defenceRecordLinesGiveBothCounts() {
            // 1.013619, Defence record, note column
            String cell = "Bản chính: 1\nBản sao: 1";

            DocumentCounts counts = DocumentCounts.parse(cell);

            assertEquals(new DocumentCounts(1, 1), counts);
        }
    }

    @Nested
    class NumberFirst {

        @Test
        void portalNumberFirstGivesBothCounts() {
            // 1.000807, portal documents field
            String cell = "giấy tờ chứng minh nội dung cần điều chỉnh trong giấy miễn thị thực.0 bản chính,1 bản sao";

            DocumentCounts counts = DocumentCounts.parse(cell);

            assertEquals(new DocumentCounts(0, 1), counts);
        }

        @Test
        void formFileNameGluedToCountDoesNotLeakDigits() {
            // 1.002755, portal documents field
            String cell = "Tờ khai thay đổi thông tin cư trú (của từng người)   (Mẫu CT01 ban hành kèm theo Thông tư số 53/2025/TT-BCA).1.MuCT01banhnhkmtheoThngts53.doc1 bản chính";

            DocumentCounts counts = DocumentCounts.parse(cell);

            assertEquals(new DocumentCounts(1, null), counts);
        }
    }

    @Nested
    class BadInput {

        @Test
        void nullIsNone() {
            String cell = null;

            DocumentCounts counts = DocumentCounts.parse(cell);

            assertEquals(DocumentCounts.NONE, counts);
        }

        @Test
        void emptyIsNone() {
            // 1.013628, Defence record, count column
            String cell = "";

            DocumentCounts counts = DocumentCounts.parse(cell);

            assertEquals(DocumentCounts.NONE, counts);
        }

        @Test
        void whitespaceIsNone() {
            String cell = " \n\t\u00A0";

            DocumentCounts counts = DocumentCounts.parse(cell);

            assertEquals(DocumentCounts.NONE, counts);
        }

        @Test
        void noInformationPlaceholderIsNone() {
            String cell = "Không có thông tin";

            DocumentCounts counts = DocumentCounts.parse(cell);

            assertEquals(DocumentCounts.NONE, counts);
        }

        @Test
        void formFileNameAloneIsNone() {
            // 1.013628, Defence record, count column holding a file name
            String cell = "Mus05.docx";

            DocumentCounts counts = DocumentCounts.parse(cell);

            assertEquals(DocumentCounts.NONE, counts);
        }

        @Test
        void tenThousandCharacterCellIsNone() {
            String cell = "bản ".repeat(2_500);

            DocumentCounts counts = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> DocumentCounts.parse(cell));

            assertEquals(DocumentCounts.NONE, counts);
        }

        @Test
        void implausiblyLongCountIsUnknown() {
            String cell = "Bản chính: 1000Bản sao: 1";

            DocumentCounts counts = DocumentCounts.parse(cell);

            assertEquals(new DocumentCounts(null, 1), counts);
        }

        @Test
        void controlCharacterBetweenLabelsIsIgnored() {
            // 1.000005, with a bell where the Word cells joined
            String cell = "Bản chính: 1\u0007Bản sao: 0";

            DocumentCounts counts = DocumentCounts.parse(cell);

            assertEquals(new DocumentCounts(1, 0), counts);
        }

        @Test
        void decomposedLabelsReadLikeComposed() {
            // 1.000381, Word export
            String cell = Normalizer.normalize("Bản chính: 1Bản sao: 2", Normalizer.Form.NFD);

            DocumentCounts counts = DocumentCounts.parse(cell);

            assertEquals(new DocumentCounts(1, 2), counts);
        }

        @Test
        void decomposedPortalCountsReadLikeComposed() {
            // 1.000807
            String cell = Normalizer.normalize("giấy miễn thị thực.0 bản chính,1 bản sao", Normalizer.Form.NFD);

            DocumentCounts counts = DocumentCounts.parse(cell);

            assertEquals(new DocumentCounts(0, 1), counts);
        }
    }
}
