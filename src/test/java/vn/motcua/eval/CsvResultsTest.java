package vn.motcua.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvResultsTest {

    /** A strict RFC 4180 reader: CRLF between records, quoted fields with doubled quotes. */
    private static List<List<String>> parse(String csv) {
        List<List<String>> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && csv.charAt(i + 1) == '\n') {
                fields.add(field.toString());
                field.setLength(0);
                records.add(fields);
                fields = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        return records;
    }

    private static List<List<String>> read(Path dir) throws IOException {
        return parse(Files.readString(dir.resolve("results.csv")).substring(1));
    }

    @Test
    void startsWithAUtf8ByteOrderMark(@TempDir Path dir) throws IOException {
        ReportFixtures.write(dir);

        byte[] bytes = Files.readAllBytes(dir.resolve("results.csv"));

        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        assertTrue(new String(bytes, StandardCharsets.UTF_8).contains("ở xã"));
    }

    @Test
    void quotesACommaAQuoteAndANewlinePerRfc4180(@TempDir Path dir) throws IOException {
        ReportFixtures.write(dir);

        String csv = Files.readString(dir.resolve("results.csv"));

        assertTrue(csv.contains("\r\nqa-1,\"Lệ phí \"\"khai sinh\"\", bao nhiêu?\nở xã\",ho_tich|intent_fee,answered,answered,"), csv);
        assertEquals(ReportFixtures.QUOTED, read(dir).get(1).get(1));
    }

    @Test
    void writesAHeaderAndOneRowPerCaseWithTheCountsOfTheOutcome(@TempDir Path dir) throws IOException {
        ReportFixtures.write(dir);

        List<List<String>> rows = read(dir);

        assertEquals(4, rows.size());
        assertEquals(CsvResults.HEADER, rows.get(0));
        assertEquals(List.of("qa-2", ReportFixtures.SCRIPT, "ho_chieu|" + ReportFixtures.MARKUP_TAG, "answered", "answered", "2.002387",
                "1.000001", "1.000001", "2", "0", "2", "1", "7.9", "30.0", "0.5"), rows.get(2));
        assertEquals("", rows.get(3).get(14), "no confidence without a search");
    }

    @Test
    void keepsASpreadsheetFromReadingAQuestionAsAFormula(@TempDir Path dir) throws IOException {
        ReportFixtures.write(dir);

        List<String> row = read(dir).get(3);

        assertEquals("'" + ReportFixtures.FORMULA, row.get(1));
    }

    @Test
    void leavesAnswerColumnsEmptyInARetrievalOnlyRun(@TempDir Path dir) throws IOException {
        ReportFixtures.writeRetrievalOnly(dir);

        List<String> row = read(dir).get(2);

        assertEquals(List.of("answered", "", "2.002387", "", "1.000001", "2", "", "", "", "7.9", "", ""), row.subList(3, 15));
    }
}
