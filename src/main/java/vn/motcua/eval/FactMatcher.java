package vn.motcua.eval;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.motcua.catalog.TextCleaner;

/**
 * Decides whether an answer states a key fact, after normalising Vietnamese text and numbers:
 * case, marks and spacing ignored, "07 ngày" = "7 ngày", "50.000 đồng" = "50000 đ".
 */
final class FactMatcher {

    private static final Pattern THOUSANDS = Pattern.compile("(?<=\\d)[.,](?=\\d{3}(?!\\d))");
    private static final Pattern LEADING_ZEROS = Pattern.compile("(?<![\\d.,])0+(?=\\d)");
    private static final Pattern CURRENCY = Pattern.compile("\\b(dong|vnd|vnđ|viet nam dong)\\b");

    private FactMatcher() {}

    static boolean contains(String answer, String fact) {
        String f = normalise(fact);
        // Whole words only: "7 ngày" must not be found inside "17 ngày".
        return !f.isEmpty() && (" " + normalise(answer) + " ").contains(" " + f + " ");
    }

    static String normalise(String text) {
        String t = TextCleaner.fold(text == null ? "" : text).toLowerCase(Locale.ROOT);
        Matcher m = THOUSANDS.matcher(t);
        t = m.replaceAll("");
        t = LEADING_ZEROS.matcher(t).replaceAll("");
        t = CURRENCY.matcher(t).replaceAll("d");
        return t.replaceAll("[^a-z0-9%]+", " ").strip();
    }
}
