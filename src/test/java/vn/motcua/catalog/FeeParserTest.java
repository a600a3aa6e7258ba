package vn.motcua.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class FeeParserTest {

    private final FeeParser parser = new FeeParser(LocalDate.of(2026, 11, 22));

    // 3.000347, portal, Trực tuyến: fee cell and its parenthesised note.
    private static final String LICENCE_FREE_CELL = "Miễn phí";
    private static final String LICENCE_NOTE = "- Lệ phí cấp giấy phép lái xe: 135.000 đồng/lần.  - Trường hợp tổ chức, cá nhân nộp hồ sơ theo hình thức trực tuyến: Kể từ ngày 01/12/2023 đến hết ngày 31/12/2025, áp dụng mức thu lệ phí là 115.000 đồng/lần cấp.";

    @Nested
    class NoteAgainstCell {

        @Test
        void noteAmountWinsOverFreeCell() {
            // 3.000347
            String cell = LICENCE_FREE_CELL;

            Fee fee = parser.parse(cell, LICENCE_NOTE).fee();

            assertEquals(Boolean.FALSE, fee.free());
            assertFalse(fee.setByProvince());
            assertEquals(List.of(135_000L, 115_000L), fee.amountsVnd());
            assertNull(fee.amountVnd());
        }

        @Test
        void freeCellContradictedByNoteGetsCaveat() {
            // 3.000347
            String cell = LICENCE_FREE_CELL;

            List<String> caveats = parser.parse(cell, LICENCE_NOTE).caveats();

            assertTrue(caveats.contains("Ô phí ghi \"Miễn phí\" nhưng ghi chú nêu mức thu 135.000, 115.000 đồng."), caveats::toString);
        }

        @Test
        void reducedRateEndingIn2025IsExpiredIn2026() {
            // 3.000347
            String cell = LICENCE_FREE_CELL;

            List<String> caveats = parser.parse(cell, LICENCE_NOTE).caveats();

            assertTrue(caveats.contains("Ghi chú cho biết mức phí này chỉ áp dụng đến ngày 31/12/2025, nay đã hết hạn."), caveats::toString);
        }

        @Test
        void cellAmountContradictedByNoteAmountHasNoSingleAmount() {
            // 1.002755, portal, Trực tuyến
            String cell = "5,000 Việt Nam Đồng";
            String note = "- Gia hạn tạm trú (cá nhân, hộ gia đình):  + Trường hợp công dân nộp hồ sơ qua cổng dịch vụ công trực tuyến thu 7.000 đồng/lần đăng ký.";

            ParsedFee parsed = parser.parse(cell, note);

            assertNull(parsed.fee().amountVnd());
            assertEquals(List.of(5_000L, 7_000L), parsed.fee().amountsVnd());
            assertEquals(Boolean.FALSE, parsed.fee().free());
            assertEquals(List.of("Ô phí ghi 5.000 đồng nhưng ghi chú ghi 7.000 đồng; chưa rõ mức nào đang áp dụng."), parsed.caveats());
        }

        @Test
        void implausibleCellAmountIsKeptOutOfAmounts() {
            // 3.000351, portal, Trực tiếp
            String cell = "135 VNĐ";
            String note = "Lệ phí cấp giấy phép lái xe: 135.000 đồng/lần.";

            ParsedFee parsed = parser.parse(cell, note);

            assertEquals(List.of(135_000L), parsed.fee().amountsVnd());
            assertNull(parsed.fee().amountVnd());
            assertEquals(Boolean.FALSE, parsed.fee().free());
            assertEquals(1, parsed.caveats().size(), parsed.caveats()::toString);
            assertTrue(parsed.caveats().get(0).startsWith("Ô phí, lệ phí ghi số tiền bất thường (135 đồng)"), parsed.caveats()::toString);
        }

        @Test
        void onlineRateValidUntil2023HasExpired() {
            // 1.001456, portal, Trực tuyến
            String cell = "160,000 Việt Nam Đồng";
            String note = "+ 160.000/hộ chiếu, trường hợp cấp lại do bị hư hỏng hoặc bị mất: 320.000đ/hộ chiếu (áp dụng đến hết ngày 31/12/2023 theo Thông tư số 44/2023/TT-BTC ngày 29/6/2023 của Bộ tài chính).";

            ParsedFee parsed = parser.parse(cell, note);

            assertNull(parsed.fee().amountVnd());
            assertEquals(List.of(160_000L, 320_000L), parsed.fee().amountsVnd());
            assertTrue(parsed.caveats().contains("Ghi chú cho biết mức phí này chỉ áp dụng đến ngày 31/12/2023, nay đã hết hạn."), parsed.caveats()::toString);
        }

        @Test
        void rateStillValidBeforeItsEndDateKeepsItsAmount() {
            // 1.001456, portal, Trực tuyến, read on a day when the 2023 rate still applied
            FeeParser in2023 = new FeeParser(LocalDate.of(2023, 11, 22));
            String cell = "160,000 Việt Nam Đồng";
            String note = "+ 160.000/hộ chiếu, trường hợp cấp lại do bị hư hỏng hoặc bị mất: 320.000đ/hộ chiếu (áp dụng đến hết ngày 31/12/2023 theo Thông tư số 44/2023/TT-BTC ngày 29/6/2023 của Bộ tài chính).";

            List<String> caveats = in2023.parse(cell, note).caveats();

            assertTrue(caveats.stream().noneMatch(c -> c.contains("hết hạn")), caveats::toString);
        }
    }

    @Nested
    class Province {

        @Test
        void freeCellDeferringToProvincialCouncilIsSetByProvince() {
            // 1.000094, portal, Trực tuyến
            String cell = "Miễn phí";
            String note = "Mức lệ phí cụ thể do Hội đồng nhân dân tỉnh, thành phố trực thuộc Trung ương quyết định. Miễn lệ phí cho người thuộc gia đình có công với cách mạng; người thuộc hộ nghèo; người khuyết tật.";

            ParsedFee parsed = parser.parse(cell, note);

            assertTrue(parsed.fee().setByProvince());
            assertNull(parsed.fee().free());
            assertEquals(List.of(), parsed.fee().amountsVnd());
            assertEquals(List.of("Ô phí ghi \"Miễn phí\" nhưng ghi chú cho biết mức thu do Hội đồng nhân dân cấp tỉnh quyết định."), parsed.caveats());
        }

        @Test
        void amountBesideProvincialNoteIsNotANationalAmount() {
            // 1.001612, portal, Trực tuyến (first sentence of the note)
            String cell = "150,000 Việt Nam Đồng";
            String note = "- Mức lệ phí cụ thể do Hội đồng nhân dân tỉnh quyết định (căn cứ quy định tại Thông tư số 85/2019/TT-BTC).";

            Fee fee = parser.parse(cell, note).fee();

            assertTrue(fee.setByProvince());
            assertNull(fee.free());
            assertEquals(List.of(150_000L), fee.amountsVnd());
            assertNull(fee.amountVnd());
        }
    }

    @Nested
    class SingleCells {

        @Test
        void zeroDongCellIsFree() {
            // 1.013628, Defence record
            String cell = "Phí : 0 Đồng";

            Fee fee = parser.parse(cell, null).fee();

            assertEquals(Boolean.TRUE, fee.free());
            assertNull(fee.amountVnd());
            assertEquals(List.of(), fee.amountsVnd());
        }

        @Test
        void cellAgreeingWithItsOwnNoteHasOneAmount() {
            // 3.000351, Word export, Trực tiếp
            String cell = "Phí : 135.000 Đồng (Lệ phí cấp giấy phép lái xe: 135.000 đồng/lần.)";

            ParsedFee parsed = parser.parse(cell, null);

            assertEquals(135_000L, parsed.fee().amountVnd());
            assertEquals(List.of(135_000L), parsed.fee().amountsVnd());
            assertEquals(Boolean.FALSE, parsed.fee().free());
            assertEquals(List.of(), parsed.caveats());
        }

        @Test
        void twoRatesInOneCellHaveNoSingleAmount() {
            // 3.000423, Defence record
            String cell = "Phí : 50.000 Đồng (Phí sơ tuyển: 50.000 đồng/hồ sơ. Riêng sơ tuyển các ngành năng khiếu: 120.000 đồng/hồ sơ (bao gồm tất cả các môn))";

            ParsedFee parsed = parser.parse(cell, null);

            assertNull(parsed.fee().amountVnd());
            assertEquals(List.of(50_000L, 120_000L), parsed.fee().amountsVnd());
            assertEquals(List.of("Hồ sơ nêu nhiều mức thu (50.000, 120.000 đồng) tùy trường hợp; xem nội dung ô phí, lệ phí."), parsed.caveats());
        }
    }

    @Nested
    class BadInput {

        @Test
        void nullCellAndNoteGiveNoFee() {
            String cell = null;

            ParsedFee parsed = parser.parse(cell, null);

            assertEquals(Fee.NONE, parsed.fee());
            assertEquals(List.of(), parsed.caveats());
        }

        @Test
        void emptyCellGivesNoFee() {
            String cell = "";

            Fee fee = parser.parse(cell, "").fee();

            assertEquals(Fee.NONE, fee);
        }

        @Test
        void whitespaceCellGivesNoFee() {
            String cell = " \t\u00A0\n ";

            Fee fee = parser.parse(cell, "   ").fee();

            assertEquals(Fee.NONE, fee);
        }

        @Test
        void noInformationPlaceholderGivesNoFee() {
            // 1.014214, portal: every channel's fee cell
            String cell = "Không có thông tin";

            Fee fee = parser.parse(cell, null).fee();

            assertEquals(Fee.NONE, fee);
        }

        @Test
        void tenThousandCharacterCellIsKeptAsTextWithoutAmount() {
            String cell = "phí ".repeat(2_500);

            Fee fee = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> parser.parse(cell, null).fee());

            assertEquals(cell.strip(), fee.text());
            assertNull(fee.amountVnd());
            assertNull(fee.free());
        }

        @Test
        void controlCharacterInsideCellIsIgnored() {
            // 1.013628, Defence record, with a NUL and a bell inserted
            String cell = "Phí : 0\u0000 Đồ\u0007ng";

            Fee fee = parser.parse(cell, null).fee();

            assertEquals("Phí : 0 Đồng", fee.text());
            assertEquals(Boolean.TRUE, fee.free());
        }

        @Test
        void decomposedCellParsesLikeComposed() {
            // 3.000347
            String cell = Normalizer.normalize(LICENCE_FREE_CELL, Normalizer.Form.NFD);
            String note = Normalizer.normalize(LICENCE_NOTE, Normalizer.Form.NFD);

            ParsedFee decomposed = parser.parse(cell, note);

            assertEquals(parser.parse(LICENCE_FREE_CELL, LICENCE_NOTE), decomposed);
            assertEquals(Boolean.FALSE, decomposed.fee().free());
        }

        @Test
        void nullTodayIsRejected() {
            LocalDate today = null;

            NullPointerException e = assertThrows(NullPointerException.class, () -> new FeeParser(today));

            assertEquals("today may not be null", e.getMessage());
        }
    }

    @Test
    void noDongFeeIsFree() {
        // 1.013580 (Defence records): "Phí : Không Đồng"
        Fee fee = new FeeParser(java.time.LocalDate.of(2026, 11, 22)).parse("Phí : Không Đồng", null).fee();

        assertEquals(Boolean.TRUE, fee.free());
        assertTrue(fee.amountsVnd().isEmpty());
    }
}
