package vn.motcua.answer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a model's text against the context it was given: every amount of money, duration, form
 * code and document number in the text must also be in the context. One unsupported figure and the
 * text is rejected: the grounded answer goes out instead. Numbers compare after normalisation
 * ("07 ngày" = "7 ngày", "50.000 đồng" = "50000 đ").
 */
public final class FactGuard {

    /** An amount: a number with thousands separators or of four digits or more, optionally followed by a currency. */
    private static final Pattern AMOUNT = Pattern.compile("(?<![\\d/.,])(\\d{1,3}(?:[.,]\\d{3})+|\\d{4,})(?![\\d/])");
    /** A duration: a number followed by a time unit. */
    private static final Pattern DURATION = Pattern.compile(
            "(?<![\\d/.,])(\\d+(?:[.,]\\d+)?)\\s*(ngày|ngay|giờ|gio|tháng|thang|năm|nam|tuần|tuan|phút|phut|buổi|buoi)(?!\\p{L})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A form code: "Mẫu CT01", "mẫu số 02/TK", "TK1-TS". */
    private static final Pattern FORM = Pattern.compile(
            "(?:mẫu|mau)\\s*(?:số|so)?\\s*([A-Za-zĐđ]{0,5}\\s?\\d{1,3}[A-Za-zĐđ0-9/.\\-]*)|\\b([A-Z]{1,4}\\d{1,3}(?:-[A-Z]{1,4})?)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A document number: "123/2015/NĐ-CP", "64/2025/TT-BTC", "163/QĐ-BTP". */
    private static final Pattern DOCUMENT = Pattern.compile("\\b(\\d{1,4}/(?:\\d{4}/)?[A-ZĐa-zđ0-9]+(?:-[A-ZĐa-zđ0-9]+)*)");

    /** What the guard found wrong; empty when the text passes. */
    public record Verdict(List<String> unsupported) {
        public Verdict {
            unsupported = List.copyOf(unsupported);
        }

        public boolean passes() {
            return unsupported.isEmpty();
        }
    }

    /** Checks {@code text} against {@code context}. */
    public Verdict check(String text, String context) {
        List<String> bad = new ArrayList<>();
        Set<String> ctxAmounts = amounts(context);
        for (String a : amountsInOrder(text)) {
            if (!ctxAmounts.contains(a)) {
                bad.add("amount " + a);
            }
        }
        Set<String> ctxDurations = durations(context);
        Matcher d = DURATION.matcher(text);
        while (d.find()) {
            String key = duration(d.group(1), d.group(2));
            if (!ctxDurations.contains(key)) {
                bad.add("duration " + d.group());
            }
        }
        String ctxCompact = compact(context);
        Matcher f = FORM.matcher(text);
        while (f.find()) {
            String code = f.group(1) != null ? f.group(1) : f.group(2);
            if (code != null && !ctxCompact.contains(compact(code))) {
                bad.add("form " + code);
            }
        }
        Matcher n = DOCUMENT.matcher(text);
        while (n.find()) {
            if (!ctxCompact.contains(compact(n.group(1)))) {
                bad.add("document " + n.group(1));
            }
        }
        return new Verdict(bad);
    }

    private static List<String> amountsInOrder(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = AMOUNT.matcher(text);
        while (m.find()) {
            String digits = m.group(1).replaceAll("[.,]", "");
            if (!isYear(m.group(1))) {
                out.add(stripZeros(digits));
            }
        }
        return out;
    }

    private static Set<String> amounts(String text) {
        Set<String> out = new HashSet<>();
        Matcher m = AMOUNT.matcher(text);
        while (m.find()) {
            out.add(stripZeros(m.group(1).replaceAll("[.,]", "")));
        }
        return out;
    }


    private static Set<String> durations(String text) {
        Set<String> out = new HashSet<>();
        Matcher m = DURATION.matcher(text);
        while (m.find()) {
            out.add(duration(m.group(1), m.group(2)));
        }
        return out;
    }

    private static String duration(String amount, String unit) {
        String u = vn.motcua.catalog.TextCleaner.fold(unit).toLowerCase(Locale.ROOT);
        return stripZeros(amount.replace(',', '.')) + " " + u;
    }


    private static boolean isYear(String s) {
        return s.matches("(19|20)\\d\\d");
    }

    private static String stripZeros(String digits) {
        String s = digits.replaceFirst("^0+(?=\\d)", "");
        return s;
    }

    private static String compact(String s) {
        return vn.motcua.catalog.TextCleaner.fold(s).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9/]", "");
    }
}
