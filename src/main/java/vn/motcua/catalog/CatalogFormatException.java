package vn.motcua.catalog;

import java.nio.file.Path;

/**
 * Thrown when a source file cannot be turned into a procedure record: it is corrupt, unreadable,
 * or lacks a value every record needs. The message names the file so a bulk import can report it.
 */
public class CatalogFormatException extends RuntimeException {

    private final transient Path file;

    public CatalogFormatException(Path file, String reason, Throwable cause) {
        super(file + ": " + reason, cause);
        this.file = file;
    }

    public CatalogFormatException(Path file, String reason) {
        this(file, reason, null);
    }

    /** The file that could not be read. */
    public Path file() {
        return file;
    }
}
