package vn.motcua.eval;

import java.util.List;
import java.util.Locale;

/**
 * Draws the report's charts as inline SVG, with no script and no external file: horizontal bars of
 * shares (0 to 1, one row per label, each with its caption) and a histogram of counts per bin.
 * Every label is escaped; sizes are fixed in pixels so the charts look the same in every browser.
 */
final class SvgChart {

    /** One bar: a label, a share from 0 to 1, and the caption written beside it ("92.0 % (23/25)"). */
    record Bar(String label, double value, String caption) {}

    /** One histogram column: a label under it and the number of samples in it. */
    record Bin(String label, int count) {}

    static final String GOOD = "#2e7d32";
    static final String FAIR = "#f9a825";
    static final String POOR = "#c62828";

    private static final int WIDTH = 760;
    private static final int LABEL_WIDTH = 200;
    private static final int BAR_WIDTH = 400;
    private static final int ROW = 24;
    private static final int MAX_LABEL = 28;

    private SvgChart() {}

    /** Horizontal bars, green from 0.9, amber from 0.7, red below. */
    static String bars(String title, List<Bar> bars) {
        int height = 10 + bars.size() * ROW;
        StringBuilder b = open(title, height);
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double v = Math.max(0, Math.min(1, bar.value()));
            int y = 5 + i * ROW;
            b.append("<g><title>").append(HtmlText.escape(bar.label() + ": " + bar.caption())).append("</title>");
            b.append(text(LABEL_WIDTH - 8, y + 16, "end", shorten(bar.label())));
            b.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"18\" fill=\"#eceff1\"/>",
                    LABEL_WIDTH, y + 2, BAR_WIDTH));
            b.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"18\" fill=\"%s\"/>",
                    LABEL_WIDTH, y + 2, v * BAR_WIDTH, color(v)));
            b.append(text(LABEL_WIDTH + BAR_WIDTH + 8, y + 16, "start", bar.caption()));
            b.append("</g>");
        }
        return b.append("</svg>").toString();
    }

    /** Vertical columns of counts, the count written above each, the bin label below. */
    static String histogram(String title, List<Bin> bins, String axis) {
        int height = 250;
        int left = 50;
        int top = 20;
        int plot = 170;
        int max = bins.stream().mapToInt(Bin::count).max().orElse(0);
        double step = bins.isEmpty() ? 0 : (double) (WIDTH - left - 10) / bins.size();
        StringBuilder b = open(title, height);
        b.append(line(left, top + plot, WIDTH - 10, top + plot));
        b.append(line(left, top, left, top + plot));
        b.append(text(left - 6, top + 5, "end", String.valueOf(max)));
        b.append(text(left - 6, top + plot, "end", "0"));
        for (int i = 0; i < bins.size(); i++) {
            Bin bin = bins.get(i);
            double h = max == 0 ? 0 : (double) bin.count() * plot / max;
            double x = left + i * step;
            b.append("<g><title>").append(HtmlText.escape(bin.label() + ": " + bin.count())).append("</title>");
            b.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#1565c0\"/>",
                    x + 3, top + plot - h, step - 6, h));
            b.append(text((int) Math.round(x + step / 2), (int) Math.round(top + plot - h - 4), "middle", String.valueOf(bin.count())));
            b.append(text((int) Math.round(x + step / 2), top + plot + 16, "middle", bin.label()));
            b.append("</g>");
        }
        b.append(text(left + (WIDTH - left) / 2, height - 14, "middle", axis));
        return b.append("</svg>").toString();
    }

    static String color(double v) {
        return v >= 0.9 ? GOOD : v >= 0.7 ? FAIR : POOR;
    }

    private static StringBuilder open(String title, int height) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\">",
                WIDTH, height, WIDTH, height, HtmlText.escape(title)));
        return b.append("<title>").append(HtmlText.escape(title)).append("</title>");
    }

    private static String text(int x, int y, String anchor, String content) {
        return String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"%s\">%s</text>", x, y, anchor, HtmlText.escape(content));
    }

    private static String line(int x1, int y1, int x2, int y2) {
        return String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#90a4ae\"/>", x1, y1, x2, y2);
    }

    private static String shorten(String label) {
        return label.length() <= MAX_LABEL ? label : label.substring(0, MAX_LABEL - 1) + "…";
    }
}
