package vn.motcua.search;

/**
 * Optional filters on level ("Cấp xã"), field ("Hộ tịch") and implementing agency; each matches
 * the whole value, ignoring case and marks. Null means no filter.
 */
public record SearchFilters(String level, String field, String agency) {

    public static final SearchFilters NONE = new SearchFilters(null, null, null);

    public boolean isEmpty() {
        return blank(level) && blank(field) && blank(agency);
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
