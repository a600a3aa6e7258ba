package vn.motcua.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits the steps text (trình tự thực hiện) into an ordered list. "Bước 1 … Bước 2 …" markers win
 * when there are at least two; otherwise the source's own line breaks are the boundaries, and a
 * line that continues a sentence is joined to the one before.
 */
public final class StepSplitter {

    private static final Pattern BUOC = Pattern.compile("(?=(?<![\\p{L}])Bước\\s*\\d+\\s*[.:\\-–)]?)");
    private static final Pattern BUOC_COUNT = Pattern.compile("(?<![\\p{L}])Bước\\s*\\d+");
    private static final Pattern STARTS_NEW = Pattern.compile("^(?:[-+•*–]|\\(?[0-9ivxa-zđ]{1,4}[).:]|\\p{Lu})");

    private StepSplitter() {}

    /** The steps in order; empty when there is no text. */
    public static List<String> split(String text) {
        String t = TextCleaner.orNull(text);
        if (t == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        if (BUOC_COUNT.matcher(t).results().count() >= 2) {
            for (String part : BUOC.split(t)) {
                String s = TextCleaner.oneLine(part);
                if (!s.isEmpty()) {
                    out.add(s);
                }
            }
            return List.copyOf(out);
        }
        for (String line : t.split("\n")) {
            String s = line.strip();
            if (s.isEmpty()) {
                continue;
            }
            if (!out.isEmpty() && !STARTS_NEW.matcher(s).find()) {
                out.set(out.size() - 1, out.get(out.size() - 1) + " " + s);
            } else {
                out.add(s);
            }
        }
        return List.copyOf(out);
    }
}
