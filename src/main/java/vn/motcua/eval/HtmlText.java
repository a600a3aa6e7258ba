package vn.motcua.eval;

/**
 * Escapes text for HTML and inline SVG, in element content and in quoted attribute values alike,
 * so that nothing from a gold set (a question, a tag, a code) can become markup or script.
 */
final class HtmlText {

    private HtmlText() {}

    static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
