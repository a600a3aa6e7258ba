package vn.motcua.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds legal instrument numbers (số ký hiệu) such as "123/2015/NĐ-CP", "60/2014/QH13",
 * "72/2011/TTLT-BTC-BGTVT", "01/2001/TTLT/BNG-TCBĐ" or "3045/QĐ-TTg" in running text, including
 * text where the portal glued cells together ("Luật 54/2014/QH1354/2014/QH13"). National Assembly
 * numbers end in exactly two digits (QH13), and an uppercase run stops where a lowercase word
 * begins ("NĐ-CPNghị định"), unless that word is a lower-case one that follows numbers
 * ("TT-BCAngày 01/7/2025").
 */
public final class LegalNumbers {

    /** Lowercase words the portal glues straight after a full suffix ("TT-BCAngày", "TT-BTCsửa đổi"). */
    private static final String GLUED_WORD = "(?:ngày|sửa|quy|số|phân|nghị|của|về|hướng|ban|và|do|được|thay|bãi)(?![\\p{L}])";
    private static final String SEGMENT = "(?:TTg|[A-ZĐ]*QH\\d{2}|[A-ZĐ]{1,3}\\d{2}(?![\\d/])|[A-ZĐ]+(?=" + GLUED_WORD + ")|[A-ZĐ]+(?![\\p{Ll}]))";
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
        Matcher m = NUMBER.matcher(java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC));
        while (m.find()) {
            String n = m.group();
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
                out.add(new Found(m.group(), m.start(), m.end()));
            }
        }
        return out;
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
        return switch (last) {
            case "CP" -> "Chính phủ";
            case "TTg" -> "Thủ tướng Chính phủ";
            case "BTC" -> "Bộ Tài chính";
            case "BTP" -> "Bộ Tư pháp";
            case "BCA" -> "Bộ Công an";
            case "BQP" -> "Bộ Quốc phòng";
            case "BXD" -> "Bộ Xây dựng";
            case "BYT" -> "Bộ Y tế";
            case "BCT" -> "Bộ Công Thương";
            case "BNV" -> "Bộ Nội vụ";
            case "BNG" -> "Bộ Ngoại giao";
            case "BGDĐT" -> "Bộ Giáo dục và Đào tạo";
            case "BNNMT" -> "Bộ Nông nghiệp và Môi trường";
            case "BTNMT" -> "Bộ Tài nguyên và Môi trường";
            case "BNNPTNT" -> "Bộ Nông nghiệp và Phát triển nông thôn";
            case "BLĐTBXH" -> "Bộ Lao động - Thương binh và Xã hội";
            case "BKHĐT" -> "Bộ Kế hoạch và Đầu tư";
            case "BKHCN" -> "Bộ Khoa học và Công nghệ";
            case "BGTVT" -> "Bộ Giao thông vận tải";
            case "BTTTT" -> "Bộ Thông tin và Truyền thông";
            case "BVHTTDL" -> "Bộ Văn hóa, Thể thao và Du lịch";
            case "NHNN" -> "Ngân hàng Nhà nước Việt Nam";
            case "TANDTC" -> "Tòa án nhân dân tối cao";
            default -> null;
        };
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
