package vn.motcua.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Field conventions shared by all importers: level labels after the 2025 reform, agency and
 * keyword lists, result text, and names that are really decision titles.
 */
final class RecordFields {

    private static final Pattern LIST_SEPARATORS = Pattern.compile("\\s*[;\\n]\\s*");
    private static final Pattern KEYWORD_SEPARATORS = Pattern.compile("\\s*[;,\\n]\\s*");
    private static final Pattern DECISION_TITLE = Pattern.compile(
            "^(?:công bố danh mục|quyết định (?:số|về việc|công bố)|về việc công bố)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private RecordFields() {}

    /** "Cấp Bộ, Cấp Tỉnh, Cấp xã" → ["Cấp bộ", "Cấp tỉnh", "Cấp xã"]. */
    static List<String> levels(String text) {
        List<String> out = new ArrayList<>();
        String t = TextCleaner.orNull(text);
        if (t == null) {
            return out;
        }
        for (String part : t.split("\\s*[,;\\n]\\s*")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            String lower = p.toLowerCase(Locale.ROOT);
            String label = lower.startsWith("cấp ") ? "Cấp " + lower.substring(4) : p;
            if (lower.equals("cơ quan khác")) {
                label = "Cơ quan khác";
            }
            if (!out.contains(label)) {
                out.add(label);
            }
        }
        return out;
    }

    /** Agencies are separated by ";" or line breaks; commas occur inside names and never split. */
    static List<String> agencies(String text) {
        return split(text, LIST_SEPARATORS);
    }

    static List<String> keywords(String text) {
        return split(text, KEYWORD_SEPARATORS);
    }

    private static List<String> split(String text, Pattern separators) {
        List<String> out = new ArrayList<>();
        String t = TextCleaner.orNull(text);
        if (t == null) {
            return out;
        }
        for (String part : separators.split(t)) {
            String p = TextCleaner.orNull(part.replaceAll("^[-+•*]\\s*", "").replaceAll("[.;,]$", ""));
            if (p != null && !out.contains(p)) {
                out.add(p);
            }
        }
        return out;
    }

    /** True when the name field holds a provincial decision title instead of the procedure's name. */
    static boolean isDecisionTitle(String name) {
        return name != null && DECISION_TITLE.matcher(name.strip()).find();
    }

    static final String DISTRICT_LEVEL_NOTE = "Hồ sơ còn ghi cấp huyện, cấp này đã bỏ từ 1/7/2025.";

    /** Level notes after the 2025 reform: the district level no longer exists. */
    static List<DataNote> levelNotes(List<String> levels) {
        return levels.stream().anyMatch(l -> l.equals("Cấp huyện"))
                ? List.of(new DataNote("levels", DISTRICT_LEVEL_NOTE))
                : List.of();
    }
}
