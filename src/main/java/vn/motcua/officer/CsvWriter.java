package vn.motcua.officer;

import java.util.List;

/**
 * RFC 4180 CSV for spreadsheet users: a UTF-8 byte-order mark so Excel reads Vietnamese right,
 * quoted cells, CRLF rows, and cells that a spreadsheet would run as a formula prefixed with an apostrophe.
 */
final class CsvWriter {

    private final StringBuilder out = new StringBuilder("\uFEFF");

    CsvWriter row(List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(i)));
        }
        out.append("\r\n");
        return this;
    }

    static String cell(Object value) {
        String s = value == null ? "" : value.toString();
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
