package vn.motcua.eval;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads figures out of the report object (maps of numbers, as written to report.json) and formats
 * them the same way for report.md, report.html and results.csv: numbers in plain decimal notation,
 * never in exponent form, independent of the machine's locale.
 */
final class Figures {

    /** The five statuses in the order reports list them. */
    static final List<String> STATUSES = List.of("answered", "clarify", "refused", "emergency", "no_information");

    private Figures() {}

    /** The object as a map, or an empty map when it is missing. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    /** A number as report.json holds it ("0.0", "0.9857"), in plain notation ("-0.0001", not "-1.0E-4"); "–" when missing. */
    static String number(Object o) {
        if (o instanceof Double d) {
            if (d.isNaN()) {
                return "–";
            }
            String s = d.toString();
            return s.indexOf('E') < 0 ? s : BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        return o instanceof Number n ? n.toString() : "–";
    }

    /** A rate as report.json holds it: "0.9857 (276/280)"; "– (0/0)" over no case. */
    static String rate(Object o) {
        Map<String, Object> r = map(o);
        return number(r.get("value")) + " (" + number(r.get("hits")) + "/" + number(r.get("cases")) + ")";
    }

    /** The rate's value, or null when it is missing or over no case. */
    static Double value(Object o) {
        return map(o).get("value") instanceof Number n ? n.doubleValue() : null;
    }

    static int integer(Object o) {
        return o instanceof Number n ? n.intValue() : 0;
    }

    /** A share as a percentage with one decimal: "98.6 %"; "–" when null. */
    static String percent(Double v) {
        return v == null ? "–" : String.format(Locale.ROOT, "%.1f %%", v * 100);
    }

    /** Milliseconds rounded to 0.01, in plain notation. */
    static String ms(double v) {
        return BigDecimal.valueOf(Math.round(v * 100) / 100.0).toPlainString();
    }
}
