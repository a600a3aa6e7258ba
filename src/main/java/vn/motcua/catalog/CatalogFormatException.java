package vn.motcua.catalog;

import java.nio.file.Path;

/**
 * Thrown when a source file cannot be read or does not have the shape an importer expects, so that
 * a broken input stops the import with the file's name instead of yielding a silently empty catalog.
 */
public class CatalogFormatException extends RuntimeException {

    public CatalogFormatException(Path file, String reason) {
        super(file + ": " + reason);
    }

    public CatalogFormatException(Path file, String reason, Throwable cause) {
        super(file + ": " + reason, cause);
    }
}
