package vn.motcua.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.text.Normalizer;
import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TextCleanerTest {

    @Nested
    class Clean {

        @Test
        void runsOfSpacesCollapseAndLinesAreTrimmed() {
            // 2.000986, portal cach_thuc_thuc_hien (first two description lines)
            String text = "- Thời hạn thực hiện liên thông các thủ tục hành chính đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi tối đa không quá 20 ngày làm việc, kể từ ngày nộp đủ hồ sơ theo quy định. \n- Trường hợp hồ sơ";

            String cleaned = TextCleaner.clean(text);

            assertEquals("- Thời hạn thực hiện liên thông các thủ tục hành chính đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi tối đa không quá 20 ngày làm việc, kể từ ngày nộp đủ hồ sơ theo quy định.\n- Trường hợp hồ sơ", cleaned);
        }

        @Test
        void doubleSpacesInsideALineCollapse() {
            // 1.009387
            String text = "theo  phương thức rút vốn  thủ tục sửa đổi L/C.";

            String cleaned = TextCleaner.clean(text);

            assertEquals("theo phương thức rút vốn thủ tục sửa đổi L/C.", cleaned);
        }

        @Test
        void nullCleansToEmpty() {
            String text = null;

            String cleaned = TextCleaner.clean(text);

            assertEquals("", cleaned);
        }

        @Test
        void whitespaceCleansToEmpty() {
            String text = " \t\u00A0\u202F\n\r\n ";

            String cleaned = TextCleaner.clean(text);

            assertEquals("", cleaned);
        }

        @Test
        void invisibleCharactersAreRemoved() {
            // 1.013124, with zero-width and soft-hyphen characters inserted
            String text = "\uFEFFỨng phó\u200B sự cố tràn\u00AD dầu";

            String cleaned = TextCleaner.clean(text);

            assertEquals("Ứng phó sự cố tràn dầu", cleaned);
        }

        @Test
        void controlCharactersAreRemoved() {
            // 1.013124, with NUL, bell, escape and DEL inserted
            String text = "Ứng phó\u0000 sự\u0007 cố\u001B tràn dầu\u007F";

            String cleaned = TextCleaner.clean(text);

            assertEquals("Ứng phó sự cố tràn dầu", cleaned);
        }

        @Test
        void decomposedTextIsComposed() {
            // 1.002755, procedure name
            String text = Normalizer.normalize("Gia hạn tạm trú", Normalizer.Form.NFD);

            String cleaned = TextCleaner.clean(text);

            assertEquals("Gia hạn tạm trú", cleaned);
        }

        @Test
        void tenThousandCharacterTextIsKeptWhole() {
            String text = "ngày làm việc ".repeat(715).substring(0, 10_000);

            String cleaned = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> TextCleaner.clean(text));

            assertEquals(text.strip(), cleaned);
        }
    }

    @Nested
    class OneLine {

        @Test
        void lineBreaksBecomeSingleSpaces() {
            // 1.002755, steps
            String text = "Bước 1: Cá nhân, tổ chức chuẩn bị hồ sơ theo quy định của pháp luật.\n Bước 2: Cá nhân, tổ chức nộp hồ sơ đến Công an cấp xã.";

            String line = TextCleaner.oneLine(text);

            assertEquals("Bước 1: Cá nhân, tổ chức chuẩn bị hồ sơ theo quy định của pháp luật. Bước 2: Cá nhân, tổ chức nộp hồ sơ đến Công an cấp xã.", line);
        }

        @Test
        void nullIsEmptyLine() {
            String text = null;

            String line = TextCleaner.oneLine(text);

            assertEquals("", line);
        }
    }

    @Nested
    class OrNull {

        @Test
        void noInformationPlaceholderIsNull() {
            // 2.000769, can_cu_phap_ly
            String text = "Không có thông tin";

            String value = TextCleaner.orNull(text);

            assertNull(value);
        }

        @Test
        void decomposedPlaceholderIsNull() {
            // 1.013124, Defence record, cơ_quan_được_ủy_quyền
            String text = Normalizer.normalize("Không có thông tin", Normalizer.Form.NFD);

            String value = TextCleaner.orNull(text);

            assertNull(value);
        }

        @Test
        void plainNoIsAnAnswerNotAPlaceholder() {
            // 1.013124, Defence record, yêu_cầu_điều_kiện_thực_hiện
            String text = "Không";

            String value = TextCleaner.orNull(text);

            assertEquals("Không", value);
        }

        @Test
        void emptyIsNull() {
            // 1.013124, Defence record, cách_thức_thực_hiện
            String text = "";

            String value = TextCleaner.orNull(text);

            assertNull(value);
        }

        @Test
        void whitespaceIsNull() {
            String text = " \u00A0\n\t";

            String value = TextCleaner.orNull(text);

            assertNull(value);
        }

        @Test
        void nullIsNull() {
            String text = null;

            String value = TextCleaner.orNull(text);

            assertNull(value);
        }

        @Test
        void controlCharacterAloneIsNull() {
            String text = "\u0000\u0007";

            String value = TextCleaner.orNull(text);

            assertNull(value);
        }

        @Test
        void realTextIsKeptCleaned() {
            // 1.013124, Defence record, kết_quả_thực_hiện
            String text = " Quyết định phê duyệt kế hoạch ứng phó sự cố tràn dầu. ";

            String value = TextCleaner.orNull(text);

            assertEquals("Quyết định phê duyệt kế hoạch ứng phó sự cố tràn dầu.", value);
        }
    }

    @Nested
    class SameAsTheRegularExpressions {

        /** The rules of {@link TextCleaner#clean} as the regular expressions they were first written as. */
        private static String reference(String text) {
            String t = Normalizer.normalize(text, Normalizer.Form.NFC).replace("\r\n", "\n").replace('\r', '\n');
            t = t.replaceAll("[\\u200B-\\u200D\\uFEFF\\u00AD\\u0000-\\u0008\\u000E-\\u001F\\u007F-\\u009F]", "");
            t = t.replaceAll("[\\t\\x0B\\f\\u00A0\\u2007\\u202F ]+", " ");
            t = t.replaceAll("\\s*\\n\\s*", "\n");
            return t.strip();
        }

        @Test
        void randomTextOfSpacesBreaksInvisiblesAndMarksCleansAsTheyDid() {
            String alphabet = "aăâđêôơưAĐ ̣́̀\t\u000B\f\u00A0\u2007\u202F\r\n\u200B\u200C\u200D\uFEFF\u00AD\u0000\u0007\u001C\u007F\u0085\u2028\u3000-.";
            for (String text : RandomText.strings(alphabet, 20261122, 50_000, 12)) {
                assertEquals(reference(text), TextCleaner.clean(text), () -> "for " + RandomText.codes(text));
            }
        }
    }

    @Nested
    class FoldingAsFirstWritten {

        /** {@link TextCleaner#fold} as first written, asking the character type of every character. */
        private static String reference(String text) {
            StringBuilder b = new StringBuilder(text.length());
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c < 0x1F00) {
                    if (Character.getType(c) == Character.NON_SPACING_MARK) {
                        continue;
                    }
                    String lower = String.valueOf(c).toLowerCase(java.util.Locale.ROOT);
                    String base = Normalizer.normalize(lower, Normalizer.Form.NFD);
                    char first = base.isEmpty() ? c : base.charAt(0);
                    char f = lower.length() == 1 && (base.length() == 1 || Character.getType(base.charAt(1)) == Character.NON_SPACING_MARK) ? first : c;
                    b.append(c == 'đ' || c == 'Đ' ? 'd' : f);
                } else {
                    b.append(Character.toLowerCase(c));
                }
            }
            return b.toString();
        }

        @Test
        void randomTextWithMarksLettersOfOtherScriptsAndSurrogatesFoldsAsItDid() {
            String alphabet = "aăâđêôơưAĐÀỹỸ ̣́̀̃̉İıßﬁΩЖ中\uD83D\uDE00\u1F00\u2000\u0000-.09";
            for (String text : RandomText.strings(alphabet, 20261122, 50_000, 12)) {
                assertEquals(reference(text), TextCleaner.fold(text), () -> "for " + RandomText.codes(text));
            }
        }
    }
}
