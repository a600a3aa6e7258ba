package vn.motcua.catalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a fee cell (phí, lệ phí) and the note beside it. The note wins over the cell when they
 * disagree: a "Miễn phí" cell whose note defers to the provincial People's Council is recorded as
 * set by the province, and a cell whose note states a different amount gets no single amount.
 * Implausible amounts (below 1.000 đồng, e.g. "135 VNĐ") are kept as text only, with a caveat.
 */
public final class FeeParser {

    private static final Pattern AMOUNT = Pattern.compile(
            "(?<![\\d.,/])(\\d{1,3}(?:[.,]\\d{3})+|\\d+)\\s*(?:việt nam đồng|vnđ|vnd|đồng|đ(?![\\p{L}]))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern FREE = Pattern.compile(
            "miễn phí|miễn lệ phí|không thu (?:phí|lệ phí)|^không$|^không có$|^0 đồng$|(?:phí|lệ phí) ?: ?không đồng", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern PROVINCE = Pattern.compile(
            "(?:hội đồng nhân dân|hđnd)(?: các| cấp)?(?: tỉnh| thành phố)"
                    + "|thẩm quyền (?:quyết định |ban hành )?của (?:hội đồng nhân dân|hđnd)"
                    + "|(?:do|theo) (?:quy định của )?(?:hội đồng nhân dân|hđnd|ủy ban nhân dân|ubnd)(?: cấp)? tỉnh"
                    + "|(?:tỉnh|địa phương) quy định mức thu",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern UNTIL = Pattern.compile(
            "(?:đến hết ngày|đến ngày|hết ngày)\\s*(\\d{1,2})/(\\d{1,2})/(\\d{4})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final long MIN_PLAUSIBLE_VND = 1_000;

    private final LocalDate today;

    /** {@code today} decides whether a time-limited rate in a note has expired. */
    public FeeParser(LocalDate today) {
        this.today = java.util.Objects.requireNonNull(today, "today may not be null");
    }

    /** Parses a cell and its note; either may be null. */
    public ParsedFee parse(String cell, String note) {
        String c = TextCleaner.orNull(cell);
        String n = TextCleaner.orNull(note);
        if (c == null && n == null) {
            return new ParsedFee(Fee.NONE, List.of());
        }
        String text = c == null ? n : n == null || c.contains(n) ? c : c + " (" + n + ")";
        List<String> caveats = new ArrayList<>();
        List<Long> cellAmounts = amounts(c);
        List<Long> noteAmounts = amounts(n);
        Set<Long> all = new LinkedHashSet<>(cellAmounts);
        all.addAll(noteAmounts);

        List<Long> implausible = all.stream().filter(a -> a > 0 && a < MIN_PLAUSIBLE_VND).toList();
        if (!implausible.isEmpty()) {
            caveats.add("Ô phí, lệ phí ghi số tiền bất thường (" + join(implausible)
                    + " đồng), có thể do lỗi nhập liệu; cần hỏi cơ quan thực hiện.");
            all.removeAll(implausible);
        }

        boolean cellFree = c != null && FREE.matcher(c).find() && cellAmounts.stream().allMatch(a -> a == 0);
        boolean province = PROVINCE.matcher(text).find();
        List<Long> positive = all.stream().filter(a -> a > 0).toList();

        Boolean free;
        if (province) {
            free = null;
            if (cellFree) {
                caveats.add("Ô phí ghi \"Miễn phí\" nhưng ghi chú cho biết mức thu do Hội đồng nhân dân cấp tỉnh quyết định.");
            }
        } else if (!positive.isEmpty()) {
            free = false;
            if (cellFree) {
                caveats.add("Ô phí ghi \"Miễn phí\" nhưng ghi chú nêu mức thu " + join(positive) + " đồng.");
            }
        } else if (cellFree || all.contains(0L)) {
            free = true;
        } else {
            free = null;
        }

        // An amount beside a note that defers to the province is not a national amount.
        Long single = !province && positive.size() == 1 && implausible.isEmpty() ? positive.get(0) : null;
        List<Long> cellPositive = cellAmounts.stream().filter(a -> a > 0).toList();
        List<Long> notePositive = noteAmounts.stream().filter(a -> a > 0).toList();
        if (!cellPositive.isEmpty() && !notePositive.isEmpty() && cellPositive.stream().noneMatch(a -> notePositive.contains(a) || mentions(n, a))) {
            caveats.add("Ô phí ghi " + join(cellPositive) + " đồng nhưng ghi chú ghi " + join(notePositive)
                    + " đồng; chưa rõ mức nào đang áp dụng.");
        } else if (positive.size() > 1) {
            caveats.add("Hồ sơ nêu nhiều mức thu (" + join(positive) + " đồng) tùy trường hợp; xem nội dung ô phí, lệ phí.");
        }
        Matcher until = UNTIL.matcher(text);
        while (until.find()) {
            LocalDate end = date(until);
            if (end != null && end.isBefore(today)) {
                caveats.add("Ghi chú cho biết mức phí này chỉ áp dụng đến ngày " + until.group(1) + "/"
                        + until.group(2) + "/" + until.group(3) + ", nay đã hết hạn.");
                single = null;
                break;
            }
        }
        return new ParsedFee(new Fee(text, single, positive, free, province), caveats);
    }

    /** True when the text writes the amount as a bare number ("160.000/hộ chiếu"). */
    private static boolean mentions(String text, long amount) {
        String dotted = formatVnd(amount);
        return Pattern.compile("(?<![\\d.,])(?:" + Pattern.quote(dotted) + "|" + Pattern.quote(dotted.replace('.', ','))
                + "|" + amount + ")(?![\\d])").matcher(text).find();
    }

    private static LocalDate date(Matcher m) {
        try {
            return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
        } catch (java.time.DateTimeException e) {
            return null; // an impossible date in a note is not a deadline we can act on
        }
    }

    /** Every amount in đồng stated in the text, in order, without duplicates. */
    static List<Long> amounts(String text) {
        if (text == null) {
            return List.of();
        }
        Set<Long> out = new LinkedHashSet<>();
        Matcher m = AMOUNT.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String digits = m.group(1).replaceAll("[.,]", "");
            if (digits.length() <= 12) {
                out.add(Long.parseLong(digits));
            }
        }
        return List.copyOf(out);
    }

    private static String join(List<Long> amounts) {
        return String.join(", ", amounts.stream().map(FeeParser::formatVnd).toList());
    }

    /** Formats an amount the Vietnamese way: 15000 → "15.000". */
    public static String formatVnd(long amount) {
        return String.format(Locale.ROOT, "%,d", amount).replace(',', '.');
    }
}
