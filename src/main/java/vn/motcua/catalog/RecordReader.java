package vn.motcua.catalog;

import java.nio.file.Path;

/** Reads one source file of one format into a record, or throws {@link CatalogFormatException}. */
@FunctionalInterface
public interface RecordReader {

    Procedure read(Path datasetRoot, Path file);
}
