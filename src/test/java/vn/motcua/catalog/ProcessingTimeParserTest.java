package vn.motcua.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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
    class ClockTimes {

        @Test
        void cutOffHourOfSameDayWordingIsNotADeadline() {
            // 1.000656, Word export: 15 giờ is 3 p.m., the cut-off for same-day handling
            String cell = "Ngay trong ngày tiếp nhận yêu cầu, trường hợp nhận hồ sơ sau 15 giờ mà không giải quyết được ngay"
                    + " thì trả kết quả trong ngày làm việc tiếp theo.";

            ProcessingTime t = ProcessingTimeParser.parse(cell);

            assertEquals(new ProcessingTime(cell, null, null), t);
        }

        @Test
        void cutOffHourIsNotADeadlineWhenAVerificationDeadlineFollows() {
            // 1.001766, Word export: the 3 p.m. cut-off comes first, the verification deadline later
            String cell = "Ngay trong ngày tiếp nhận hồ sơ; trường hợp nhận hồ sơ sau 15 giờ mà không giải quyết được ngay"
                    + " thì trả kết quả trong ngày làm việc tiếp theo. Trường hợp cần xác minh thì thời hạn giải quyết"
                    + " không quá 03 ngày làm việc.";

            ProcessingTime t = ProcessingTimeParser.parse(cell);

            assertNull(t.amount());
            assertNull(t.unit());
            assertEquals(cell, t.text());
        }

        @Test
        void hourLimitIsStillADeadline() {
            // 1.002771, portal steps: "không quá 24 giờ" is a duration, not a time of day
            String cell = "trong thời hạn không quá 24 giờ kể từ thời điểm nhận được hồ sơ hợp lệ";

            ProcessingTime t = ProcessingTimeParser.parse(cell);

            assertEquals(new BigDecimal("24"), t.amount());
            assertEquals("giờ", t.unit());
        }

        @Test
        void wordingThatNamesATimeOfDayIsRecognised() {
            String sameDay = "Ngay trong ngày tiếp nhận hồ sơ; trường hợp nhận hồ sơ sau 15 giờ thì trả kết quả trong ngày làm việc tiếp theo.";
            String limit = "trong thời hạn không quá 24 giờ kể từ thời điểm nhận được hồ sơ hợp lệ";

            boolean first = ProcessingTimeParser.mentionsClockTime(sameDay);
            boolean second = ProcessingTimeParser.mentionsClockTime(limit);

            assertTrue(first);
            assertFalse(second);
        }

        @Test
        void hourCellCopiedFromTheCutOffInTheDescriptionIsNotADeadline() {
            // 2.000527, Word export: the time cell says "15 Giờ", the row's description explains it
            String cell = "15 Giờ";
            String description = "Ngay trong ngày tiếp nhận hồ sơ, trường hợp nhận hồ sơ sau 15 giờ mà không giải quyết được ngay"
                    + " thì trả kết quả trong ngày làm việc tiếp theo. Trường hợp cần xác minh thì thời hạn giải quyết không"
                    + " quá 03 ngày làm việc.";

            ParsedTime parsed = ProcessingTimeParser.parseRow(cell, description);

            assertEquals(new ProcessingTime("15 Giờ", null, null), parsed.time());
            assertEquals(1, parsed.caveats().size());
            assertTrue(parsed.caveats().get(0).contains("15 Giờ"), parsed.caveats().toString());
        }

        @Test
        void hourCellWithUnrelatedDescriptionStaysADeadline() {
            // 1.000382, Word export, postal row
            String cell = "24 Giờ";
            String description = "- Đối với trường hợp hồ sơ đề nghị cấp C/O của thương nhân được nộp qua bưu điện, trong thời hạn"
                    + " 24 giờ làm việc kể từ khi Tổ chức cấp C/O nhận được hồ sơ đề nghị cấp C/O đầy đủ và hợp lệ theo ngày"
                    + " ghi trên bì thư, Tổ chức cấp C/O trả kết quả cấp C/O.";

            ParsedTime parsed = ProcessingTimeParser.parseRow(cell, description);

            assertEquals(new ProcessingTime("24 Giờ", new BigDecimal("24"), "giờ"), parsed.time());
            assertTrue(parsed.caveats().isEmpty());
        }

        @Test
        void workingHoursCellIsNotTakenForTheCutOff() {
            // made up: a duration in working hours is never a time of day, whatever the description says
            String cell = "15 giờ làm việc";
            String description = "Trường hợp nhận hồ sơ sau 15 giờ thì thời hạn tính từ ngày làm việc tiếp theo.";

            ParsedTime parsed = ProcessingTimeParser.parseRow(cell, description);

            assertEquals(new BigDecimal("15"), parsed.time().amount());
            assertTrue(parsed.caveats().isEmpty());
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
