package vn.motcua.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds legal instrument numbers (số ký hiệu) such as "123/2015/NĐ-CP", "60/2014/QH13",
 * "72/2011/TTLT-BTC-BGTVT", "01/2001/TTLT/BNG-TCBĐ" or "3045/QĐ-TTg" in running text, including
 * text where the portal glued cells together ("Luật 54/2014/QH1354/2014/QH13"). National Assembly
 * numbers end in exactly two digits (QH13), and an uppercase run stops where a lowercase word
 * begins ("NĐ-CPNghị định"), unless that word is a lower-case one that follows numbers
 * ("TT-BCAngày 01/7/2025"). A suffix we know ("BTP", "CP") is kept whole when any lower-case text
 * follows it ("TT-BTPtư vấn"), and an upper-case title glued after one ("NĐ-CPLUẬT QUỐC TỊCH",
 * "TT-BNNMTQUY ĐỊNH") is not read as part of it.
 */
public final class LegalNumbers {

    /** Issuing bodies by the last part of a number's suffix. */
    private static final Map<String, String> ISSUERS = Map.ofEntries(
            Map.entry("CP", "Chính phủ"),
            Map.entry("TTg", "Thủ tướng Chính phủ"),
            Map.entry("BTC", "Bộ Tài chính"),
            Map.entry("BTP", "Bộ Tư pháp"),
            Map.entry("BCA", "Bộ Công an"),
            Map.entry("BQP", "Bộ Quốc phòng"),
            Map.entry("BXD", "Bộ Xây dựng"),
            Map.entry("BYT", "Bộ Y tế"),
            Map.entry("BCT", "Bộ Công Thương"),
            Map.entry("BNV", "Bộ Nội vụ"),
            Map.entry("BNG", "Bộ Ngoại giao"),
            Map.entry("BGDĐT", "Bộ Giáo dục và Đào tạo"),
            Map.entry("BNNMT", "Bộ Nông nghiệp và Môi trường"),
            Map.entry("BTNMT", "Bộ Tài nguyên và Môi trường"),
            Map.entry("BNNPTNT", "Bộ Nông nghiệp và Phát triển nông thôn"),
            Map.entry("BLĐTBXH", "Bộ Lao động - Thương binh và Xã hội"),
            Map.entry("BKHĐT", "Bộ Kế hoạch và Đầu tư"),
            Map.entry("BKHCN", "Bộ Khoa học và Công nghệ"),
            Map.entry("BGTVT", "Bộ Giao thông vận tải"),
            Map.entry("BTTTT", "Bộ Thông tin và Truyền thông"),
            Map.entry("BVHTTDL", "Bộ Văn hóa, Thể thao và Du lịch"),
            Map.entry("NHNN", "Ngân hàng Nhà nước Việt Nam"),
            Map.entry("TANDTC", "Tòa án nhân dân tối cao"));
    /** The known suffixes, longest first, so that "BTC" is not taken for the start of "BTCxyz". */
    private static final List<String> KNOWN_SUFFIXES = ISSUERS.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
            .toList();

    /** Lowercase words the portal glues straight after a full suffix ("TT-BCAngày", "TT-BTCsửa đổi"). */
    private static final String GLUED_WORD = "(?:ngày|sửa|quy|số|phân|nghị|của|về|hướng|ban|và|do|được|thay|bãi)(?![\\p{L}])";
    private static final String SEGMENT = "(?:TTg|[A-ZĐ]*QH\\d{2}|[A-ZĐ]{1,3}\\d{2}(?![\\d/])|[A-ZĐ]+(?=" + GLUED_WORD + ")"
            + "|(?:" + KNOWN_SUFFIXES.stream().filter(k -> !k.equals("TTg")).collect(Collectors.joining("|")) + ")(?=\\p{Ll})"
            + "|[A-ZĐ]+(?![\\p{Ll}]))";
    private static final Pattern NUMBER = Pattern.compile(
            "(?:(?<=QH\\d\\d)|(?<=(?<!\\d)(?:19|20)\\d\\d)|(?<![\\d/]))(\\d{1,5}(?:\\.\\d{1,3})?)/(?:(\\d{4})/)?(" + SEGMENT + "(?:[-/]" + SEGMENT + ")*)");

    private LegalNumbers() {}

    /** Every number in the text, in order of appearance, each once. */
    public static List<String> findAll(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        // NFC so a decomposed "ngày" glued to a suffix reads like a composed one.
        String nfc = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC);
        Matcher m = NUMBER.matcher(nfc);
        while (m.find()) {
            String n = nfc.substring(m.start(), endOf(nfc, m));
            if (isPlausible(m) && !out.contains(n)) {
                out.add(n);
            }
        }
        return out;
    }

    /** A number found in text and where it stands. */
    public record Found(String number, int start, int end) {}

    /** Every plausible number in the text with its position, repeats included, in order. */
    public static List<Found> findPositions(String text) {
        List<Found> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            if (isPlausible(m)) {
                int end = endOf(text, m);
                out.add(new Found(text.substring(m.start(), end), m.start(), end));
            }
        }
        return out;
    }

    /**
     * Where the number really ends. An unknown last suffix part that starts with a known one and
     * runs into an upper-case title ("CPLU" before "ẬT", "BNNMTQUY" before " ĐỊNH") ends after the
     * known part; anything else ends where the pattern matched.
     */
    private static int endOf(String text, Matcher m) {
        String number = m.group();
        String last = number.substring(Math.max(number.lastIndexOf('/'), number.lastIndexOf('-')) + 1);
        if (ISSUERS.containsKey(last) || !continuesUpperCaseTitle(text, m.end())) {
            return m.end();
        }
        for (String known : KNOWN_SUFFIXES) {
            if (last.length() > known.length() && last.startsWith(known)) {
                return m.end() - (last.length() - known.length());
            }
        }
        return m.end();
    }

    /** True when an upper-case Vietnamese word goes on at {@code at} ("Ậ…") or follows a space (" ĐỊNH"). */
    private static boolean continuesUpperCaseTitle(String text, int at) {
        if (at >= text.length()) {
            return false;
        }
        char c = text.charAt(at);
        if (c > 0x7F && Character.isUpperCase(c)) {
            return true;
        }
        return c == ' ' && at + 2 < text.length() && Character.isUpperCase(text.charAt(at + 1))
                && Character.isUpperCase(text.charAt(at + 2));
    }

    /**
     * The one number in {@code others} that completes a truncated {@code number} ("118/2025/NĐ-C"
     * completed by "118/2025/NĐ-CP" found elsewhere in the same text); the number itself when its
     * suffix is known, or when no or several completions exist.
     */
    public static String completeFrom(String number, List<String> others) {
        if (number == null || issuerOf(number) != null) {
            return number;
        }
        List<String> completions = others.stream()
                .filter(o -> o.length() > number.length() && o.startsWith(number) && issuerOf(o) != null)
                .distinct()
                .toList();
        return completions.size() == 1 ? completions.get(0) : number;
    }

    /**
     * The issuer implied by a number's suffix ("NĐ-CP" → "Chính phủ"); null when the suffix names
     * no issuer we know. Derived from the number itself, never guessed from context.
     */
    public static String issuerOf(String number) {
        if (number == null) {
            return null;
        }
        String suffix = number.substring(number.lastIndexOf('/') + 1);
        String last = suffix.substring(suffix.lastIndexOf('-') + 1);
        if (suffix.contains("UBTVQH")) {
            return "Ủy ban Thường vụ Quốc hội";
        }
        if (last.matches("QH\\d{2}")) {
            return "Quốc hội";
        }
        if (suffix.contains("TTLT")) {
            return null;
        }
        return ISSUERS.get(last);
    }

    /** The first number in the text, if any. */
    public static Optional<String> first(String text) {
        List<String> all = findAll(text);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    private static boolean isPlausible(Matcher m) {
        String year = m.group(2);
        String suffix = m.group(3);
        if (year == null) {
            // Numbers without a year are only decisions and similar ("3045/QĐ-TTg").
            return suffix.contains("-") && suffix.length() >= 4;
        }
        int y = Integer.parseInt(year);
        return y >= 1945 && y <= 2100 && suffix.length() >= 2;
    }
}
