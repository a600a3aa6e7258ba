package vn.motcua.catalog;

import java.nio.file.Path;

/** A source file that cannot be imported: unreadable, truncated, or missing a required value. */
public final class CatalogFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final String reason;

    public CatalogFormatException(Path file, String reason) {
        this(file, reason, null);
    }

    public CatalogFormatException(Path file, String reason, Throwable cause) {
        super(file + ": " + reason, cause);
        this.file = file;
        this.reason = reason;
    }

    /** The file that could not be read. */
    public Path file() {
        return file;
    }

    /** Why, without the file name. */
    public String reason() {
        return reason;
    }
}
