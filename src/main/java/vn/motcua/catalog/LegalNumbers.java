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
 * begins ("NĐ-CPNghị định").
 */
public final class LegalNumbers {

    private static final String SEGMENT = "(?:TTg|[A-ZĐ]*QH\\d{2}|[A-ZĐ]+(?![\\p{Ll}]))";
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\d/])(\\d{1,5})/(?:(\\d{4})/)?(" + SEGMENT + "(?:[-/]" + SEGMENT + ")*)");

    private LegalNumbers() {}

    /** Every number in the text, in order of appearance, each once. */
    public static List<String> findAll(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            String n = m.group();
            if (isPlausible(m) && !out.contains(n)) {
                out.add(n);
            }
        }
        return out;
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
