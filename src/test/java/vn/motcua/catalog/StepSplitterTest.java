package vn.motcua.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.text.Normalizer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class StepSplitterTest {

    // 1.004030, portal trinh_tu_thuc_hien
    private static final String RECRUITMENT_STEPS = "Bước 1: Thông báo công khai chỉ tiêu, đối tượng, tiêu chuẩn, ngành nghề, điều kiện dự tuyển của Công an các đơn vị, địa phương, thành phần hồ sơ cần chuẩn bị.\nBước 2: Công dân nộp hồ sơ tại địa điểm theo thông báo của Công an các đơn vị, địa phương.\nBước 3: Tiến hành dự tuyển theo yêu cầu của Công an các đơn vị, địa phương.\nBước 4: Nhận kết quả tạm tuyển hoặc quyết định tuyển dụng sau khi đạt yêu cầu tuyển chọn.";

    private static final List<String> RECRUITMENT_EXPECTED = List.of(
            "Bước 1: Thông báo công khai chỉ tiêu, đối tượng, tiêu chuẩn, ngành nghề, điều kiện dự tuyển của Công an các đơn vị, địa phương, thành phần hồ sơ cần chuẩn bị.",
            "Bước 2: Công dân nộp hồ sơ tại địa điểm theo thông báo của Công an các đơn vị, địa phương.",
            "Bước 3: Tiến hành dự tuyển theo yêu cầu của Công an các đơn vị, địa phương.",
            "Bước 4: Nhận kết quả tạm tuyển hoặc quyết định tuyển dụng sau khi đạt yêu cầu tuyển chọn.");

    // 1.002755, portal trinh_tu_thuc_hien
    private static final String EXTENSION_STEPS = "Bước 1: Cá nhân, tổ chức chuẩn bị hồ sơ theo quy định của pháp luật.\n Bước 2: Cá nhân, tổ chức nộp hồ sơ đến Công an cấp xã.\n Bước 3: Khi tiếp nhận hồ sơ gia hạn tạm trú, cơ quan đăng ký cư trú kiểm tra tính pháp lý và nội dung hồ sơ:\n- Trường hợp hồ sơ đã đầy đủ, hợp lệ thì tiếp nhận hồ sơ và cấp Phiếu tiếp nhận hồ sơ và hẹn trả kết quả (mẫu CT04 ban hành kèm theo Thông tư số 66/2023/TT-BCA) cho người đăng ký.\n- Trường hợp hồ sơ không đủ điều kiện thì từ chối và cấp Phiếu từ chối tiếp nhận, giải quyết hồ sơ (mẫu CT06 ban hành kèm theo Thông tư số 66/2023/TT-BCA) cho người đăng ký.\n Bước 4: Cá nhân, tổ chức nộp lệ phí gia hạn tạm trú theo quy định.\n Bước 5: Căn cứ theo ngày hẹn trên Phiếu tiếp nhận hồ sơ và hẹn trả kết quả để nhận thông báo kết quả giải quyết thủ tục đăng ký cư trú (nếu có).";

    @Nested
    class StepMarkers {

        @Test
        void buocMarkersGiveOneStepEach() {
            // 1.004030
            String text = RECRUITMENT_STEPS;

            List<String> steps = StepSplitter.split(text);

            assertEquals(RECRUITMENT_EXPECTED, steps);
        }

        @Test
        void bulletsInsideAStepStayInThatStep() {
            // 1.002755
            String text = EXTENSION_STEPS;

            List<String> steps = StepSplitter.split(text);

            assertEquals(List.of(
                    "Bước 1: Cá nhân, tổ chức chuẩn bị hồ sơ theo quy định của pháp luật.",
                    "Bước 2: Cá nhân, tổ chức nộp hồ sơ đến Công an cấp xã.",
                    "Bước 3: Khi tiếp nhận hồ sơ gia hạn tạm trú, cơ quan đăng ký cư trú kiểm tra tính pháp lý và nội dung hồ sơ: - Trường hợp hồ sơ đã đầy đủ, hợp lệ thì tiếp nhận hồ sơ và cấp Phiếu tiếp nhận hồ sơ và hẹn trả kết quả (mẫu CT04 ban hành kèm theo Thông tư số 66/2023/TT-BCA) cho người đăng ký. - Trường hợp hồ sơ không đủ điều kiện thì từ chối và cấp Phiếu từ chối tiếp nhận, giải quyết hồ sơ (mẫu CT06 ban hành kèm theo Thông tư số 66/2023/TT-BCA) cho người đăng ký.",
                    "Bước 4: Cá nhân, tổ chức nộp lệ phí gia hạn tạm trú theo quy định.",
                    "Bước 5: Căn cứ theo ngày hẹn trên Phiếu tiếp nhận hồ sơ và hẹn trả kết quả để nhận thông báo kết quả giải quyết thủ tục đăng ký cư trú (nếu có)."), steps);
        }

        @Test
        void markersWithoutLineBreaksStillSplit() {
            // 1.013124, Defence record: steps on one line
            String text = "Bước 1: Các cơ sở, dự án dầu khí ngoài khơi xây dựng kế hoạch ứng phó sự cố tràn dầu, báo cáo Tập đoàn Dầu khí Quốc gia Việt Nam thẩm định, gửi hồ sơ đề nghị phê duyệt kế hoạch ứng phó sự cố tràn dầu trực tiếp, qua hệ thống bưu chính hoặc bằng các hình thức phù hợp khác đến Ủy ban Quốc gia Ứng phó sự cố, thiên tai và Tìm kiếm cứu nạn. Bước 2: Trong thời hạn 30 ngày làm việc (không kể ngày nghỉ) kể từ ngày nhận đủ hồ sơ hợp lệ, Ủy ban Quốc gia Ứng phó sự cố, thiên tai và Tìm kiếm cứu nạn có trách nhiệm ra quyết định phê duyệt kế hoạch ứng phó sự cố tràn dầu. Bước 3: Kế hoạch ứng phó sự cố tràn dầu theo quy định tại khoản 4 Điều 7 Quyết định số 12/2021/QĐ-TTg ngày 24/3/2021 của Thủ tướng Chính phủ sau khi được cấp có thẩm quyền phê duyệt phải thông báo cho các cơ quan, đơn vị và địa phương liên quan để phối hợp triển khai theo chức năng, nhiệm vụ và trách nhiệm được quy định trong kế hoạch.";

            List<String> steps = StepSplitter.split(text);

            assertEquals(3, steps.size());
            assertEquals("Bước 2: Trong thời hạn 30 ngày làm việc (không kể ngày nghỉ) kể từ ngày nhận đủ hồ sơ hợp lệ, Ủy ban Quốc gia Ứng phó sự cố, thiên tai và Tìm kiếm cứu nạn có trách nhiệm ra quyết định phê duyệt kế hoạch ứng phó sự cố tràn dầu.", steps.get(1));
        }
    }

    @Nested
    class LineBreaks {

        @Test
        void dashedLinesAreSeparateSteps() {
            // 1.009387, portal trinh_tu_thuc_hien
            String text = "- Sau khi nhà tài trợ thông báo các điều kiện tiên quyết để rút vốn theo quy định tại các hiệp định vay/thỏa thuận tài trợ đã hoàn thành, chủ dự án lập bộ hồ sơ đề nghị rút vốn gửi Bộ Tài chính.\n- Bộ hồ sơ đề nghị rút vốn được lập theo mẫu của nhà tài trợ và theo  phương thức rút vốn  thủ tục sửa đổi L/C.\n- Bộ Tài chính xem xét ký/đồng ký Đơn rút vốn gửi Nhà tài trợ để chuyển tiền cho Nhà thầu/nhà cung cấp/tư vấn.";

            List<String> steps = StepSplitter.split(text);

            assertEquals(List.of(
                    "- Sau khi nhà tài trợ thông báo các điều kiện tiên quyết để rút vốn theo quy định tại các hiệp định vay/thỏa thuận tài trợ đã hoàn thành, chủ dự án lập bộ hồ sơ đề nghị rút vốn gửi Bộ Tài chính.",
                    "- Bộ hồ sơ đề nghị rút vốn được lập theo mẫu của nhà tài trợ và theo phương thức rút vốn thủ tục sửa đổi L/C.",
                    "- Bộ Tài chính xem xét ký/đồng ký Đơn rút vốn gửi Nhà tài trợ để chuyển tiền cho Nhà thầu/nhà cung cấp/tư vấn."), steps);
        }
    }

    @Nested
    class BadInput {

        @Test
        void nullHasNoSteps() {
            String text = null;

            List<String> steps = StepSplitter.split(text);

            assertEquals(List.of(), steps);
        }

        @Test
        void emptyHasNoSteps() {
            String text = "";

            List<String> steps = StepSplitter.split(text);

            assertEquals(List.of(), steps);
        }

        @Test
        void whitespaceHasNoSteps() {
            String text = " \n \t\u00A0\n";

            List<String> steps = StepSplitter.split(text);

            assertEquals(List.of(), steps);
        }

        @Test
        void noInformationPlaceholderHasNoSteps() {
            String text = "Không có thông tin";

            List<String> steps = StepSplitter.split(text);

            assertEquals(List.of(), steps);
        }

        @Test
        void tenThousandCharacterLineIsOneStep() {
            String text = "Nộp hồ sơ ".repeat(1_000);

            List<String> steps = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> StepSplitter.split(text));

            assertEquals(List.of(text.strip()), steps);
        }

        @Test
        void controlCharactersAreDroppedFromSteps() {
            // 1.004030, with a NUL and a bell inserted
            String text = RECRUITMENT_STEPS.replace("Bước 2:", "\u0000Bước 2:").replace("tuyển chọn.", "tuyển chọn.\u0007");

            List<String> steps = StepSplitter.split(text);

            assertEquals(RECRUITMENT_EXPECTED, steps);
        }

        @Test
        void decomposedStepsSplitLikeComposed() {
            // 1.004030
            String text = Normalizer.normalize(RECRUITMENT_STEPS, Normalizer.Form.NFD);

            List<String> steps = StepSplitter.split(text);

            assertEquals(RECRUITMENT_EXPECTED, steps);
        }
    }
}
