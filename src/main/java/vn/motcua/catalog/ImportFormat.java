package vn.motcua.catalog;

import java.util.Locale;

/** The three source formats the importer reads. */
public enum ImportFormat {
    PORTAL_JSON("portal-json", ".json"),
    DOCX("docx", ".docx"),
    BQP("bqp", ".json");

    private final String key;
    private final String extension;

    ImportFormat(String key, String extension) {
        this.key = key;
        this.extension = extension;
    }

    public String key() {
        return key;
    }

    /** The file extension of this format's source files. */
    public String extension() {
        return extension;
    }

    /** Reads "portal-json", "docx" or "bqp". */
    public static ImportFormat fromKey(String key) {
        for (ImportFormat f : values()) {
            if (f.key.equals(key.toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format '" + key + "': expected portal-json, docx or bqp");
    }

    @Override
    public String toString() {
        return key;
    }
}
