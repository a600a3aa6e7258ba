package vn.motcua.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ProcessingTimeParserTest {

    @Nested
    class Deadlines {

        @Test
        void zeroPaddedWorkingDaysAreADeadline() {
            // 1.000066, Word export
            String cell = "07 Ngày làm việc";

            ProcessingTime t = ProcessingTimeParser.parse(cell);

            assertEquals(new ProcessingTime("07 Ngày làm việc", new BigDecimal("7"), "ngày làm việc"), t);
        }

        @Test
        void halfWorkingDayIsAFractionalDeadline() {
            // 1.010041, Word export
            String cell = "0.5 Ngày làm việc";

            ProcessingTime t = ProcessingTimeParser.parse(cell);

            assertEquals(new ProcessingTime("0.5 Ngày làm việc", new BigDecimal("0.5"), "ngày làm việc"), t);
        }

        @Test
        void decimalCommaIsReadLikeDecimalPoint() {
            // 1.010041 written the Vietnamese way ("0,5 ngày làm việc", the form the class javadoc names)
            String cell = "0,5 ngày làm việc";

            ProcessingTime t = ProcessingTimeParser.parse(cell);

            assertEquals(new BigDecimal("0.5"), t.amount());
            assertEquals("ngày làm việc", t.unit());
        }

        @Test
        void quarterHourIsAFractionalHourDeadline() {
            // 1.002204, Word export
            String cell = "0.25 Giờ";

            ProcessingTime t = ProcessingTimeParser.parse(cell);

            assertEquals(new ProcessingTime("0.25 Giờ", new BigDecimal("0.25"), "giờ"), t);
        }

        @Test
        void doubleSpaceBeforeUnitIsCollapsed() {
            // 1.000546, Word export
            String cell = "10  Ngày làm việc";

            ProcessingTime t = ProcessingTimeParser.parse(cell);

            assertEquals(new ProcessingTime("10 Ngày làm việc", new BigDecimal("10"), "ngày làm việc"), t);
        }

        @Test
        void firstDurationOfCompoundWordingIsParsed() {
            // 1.000280, Word export
            String cell = "02 tháng và 15 ngày làm việc";

            ProcessingTime t = ProcessingTimeParser.parse(cell);

            assertEquals(new ProcessingTime("02 tháng và 15 ngày làm việc", new BigDecimal("2"), "tháng"), t);
        }

        @Test
        void hoursBeforeSlashAreTheFirstDuration() {
            // 1.000253, Word export
            String cell = "24 giờ/07 ngày.";

            ProcessingTime t = ProcessingTimeParser.parse(cell);

            assertEquals(new ProcessingTime("24 giờ/07 ngày.", new BigDecimal("24"), "giờ"), t);
        }
    }

    @Nested
    class NotDeadlines {

        @Test
        void bareNumberIsNotADeadline() {
            // 1.000597, Word export, every channel
            String cell = "1";

            ProcessingTime t = ProcessingTimeParser.parse(cell);

            assertEquals(ProcessingTime.NONE, t);
        }

        @Test
        void bareNumberIsAPlaceholder() {
            // 1.000094, portal ("Trực tuyến3Miễn phí")
            String cell = "3";

            boolean placeholder = ProcessingTimeParser.isPlaceholder(cell);

            assertTrue(placeholder);
        }

        @Test
        void numberWithUnitIsNotAPlaceholder() {
            // 1.000066, Word export
            String cell = "07 Ngày làm việc";

            boolean placeholder = ProcessingTimeParser.isPlaceholder(cell);

            assertFalse(placeholder);
        }

        @Test
        void bareZeroIsNotADeadline() {
            // 2.000986, Word export
            String cell = "0";

            ProcessingTime t = ProcessingTimeParser.parse(cell);

            assertEquals(ProcessingTime.NONE, t);
        }

        @Test
        void zeroWorkingDaysIsNotADeadline() {
            // 1.003006, Word export
            String cell = "0 Ngày làm việc";

            ProcessingTime t = ProcessingTimeParser.parse(cell);

            assertEquals(ProcessingTime.NONE, t);
        }

        @Test
        void zeroFollowedByWordingIsKeptAsText() {
            // 1.003220, Word export
            String cell = "0 chưa quy định cụ thể";

            ProcessingTime t = ProcessingTimeParser.parse(cell);

            assertEquals(new ProcessingTime("0 chưa quy định cụ thể", null, null), t);
        }

        @Test
        void rangeWithoutUnitIsKeptAsText() {
            // 1.013629, Defence record
            String cell = "10-25";

            ProcessingTime t = ProcessingTimeParser.parse(cell);

            assertEquals(new ProcessingTime("10-25", null, null), t);
            assertFalse(ProcessingTimeParser.isPlaceholder(cell));
        }

        @Test
        void wordingWithoutNumberIsKeptAsText() {
            // 2.000038, Word export
            String cell = "Trong ngày";

            ProcessingTime t = ProcessingTimeParser.parse(cell);

            assertEquals(new ProcessingTime("Trong ngày", null, null), t);
        }
    }

    @Nested
    class BadInput {

        @Test
        void nullCellGivesNone() {
            String cell = null;

            ProcessingTime t = ProcessingTimeParser.parse(cell);

            assertEquals(ProcessingTime.NONE, t);
            assertFalse(ProcessingTimeParser.isPlaceholder(cell));
        }

        @Test
        void emptyCellGivesNone() {
            // 1.000159, Word export
            String cell = "";

            ProcessingTime t = ProcessingTimeParser.parse(cell);

            assertEquals(ProcessingTime.NONE, t);
        }

        @Test
        void whitespaceCellGivesNone() {
            String cell = " \u00A0\t\n";

            ProcessingTime t = ProcessingTimeParser.parse(cell);

            assertEquals(ProcessingTime.NONE, t);
        }

        @Test
        void noInformationPlaceholderGivesNone() {
            // 1.001612, portal: time cell of every channel
            String cell = "Không có thông tin";

            ProcessingTime t = ProcessingTimeParser.parse(cell);

            assertEquals(ProcessingTime.NONE, t);
        }

        @Test
        void tenThousandDigitsAreAPlaceholderNotADeadline() {
            String cell = "9".repeat(10_000);

            ProcessingTime t = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> ProcessingTimeParser.parse(cell));

            assertEquals(ProcessingTime.NONE, t);
        }

        @Test
        void tenThousandCharacterWordingIsKeptAsText() {
            String cell = "ngày ".repeat(2_000);

            ProcessingTime t = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> ProcessingTimeParser.parse(cell));

            assertEquals(cell.strip(), t.text());
            assertFalse(t.isParsed());
        }

        @Test
        void controlCharacterDoesNotHideTheUnit() {
            // 1.000066, with a NUL inserted
            String cell = "07\u0000 Ngày làm việc";

            ProcessingTime t = ProcessingTimeParser.parse(cell);

            assertEquals(new ProcessingTime("07 Ngày làm việc", new BigDecimal("7"), "ngày làm việc"), t);
        }

        @Test
        void decomposedUnitParsesLikeComposed() {
            // 1.010041
            String cell = Normalizer.normalize("0.5 Ngày làm việc", Normalizer.Form.NFD);

            ProcessingTime t = ProcessingTimeParser.parse(cell);

            assertEquals(new ProcessingTime("0.5 Ngày làm việc", new BigDecimal("0.5"), "ngày làm việc"), t);
        }
    }
}
