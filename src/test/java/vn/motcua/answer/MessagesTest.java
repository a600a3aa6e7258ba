package vn.motcua.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MessagesTest {

    /** Letters only Vietnamese uses; a string literal holding one is user-facing text. */
    private static final Pattern VIETNAMESE = Pattern.compile("[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");

    @Test
    void substitutesPlaceholders() {
        assertEquals("Câu hỏi dài quá 1000 ký tự. Bạn hãy hỏi ngắn gọn hơn, ví dụ: \"đăng ký khai sinh cần giấy tờ gì?\"",
                Messages.vietnamese().get("answer.too_long", 1000));
    }

    /** User-facing Vietnamese lives in messages_vi.properties, not in the code of the answer, chat, web, officer and zalo packages. */
    @Test
    void noVietnameseLiteralsOutsideTheMessageFile() throws IOException {
        List<String> found = new ArrayList<>();
        for (String pkg : List.of("answer", "chat", "web", "officer", "zalo")) {
            try (Stream<Path> files = Files.walk(Path.of("src/main/java/vn/motcua", pkg))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    for (String line : Files.readAllLines(f)) {
                        String code = line.strip();
                        if (code.startsWith("*") || code.startsWith("//") || code.startsWith("/*")) {
                            continue;
                        }
                        Matcher m = STRING.matcher(code);
                        while (m.find()) {
                            // Regular expressions (they hold backslashes, classes or alternatives) are code, not text.
                            boolean regex = m.group().contains("\\\\") || m.group().contains("[") || m.group().contains("|");
                            if (!regex && VIETNAMESE.matcher(m.group()).find()) {
                                found.add(f.getFileName() + ": " + m.group());
                            }
                        }
                    }
                }
            }
        }
        assertTrue(found.isEmpty(), "Vietnamese literals in code: " + found);
    }
}
