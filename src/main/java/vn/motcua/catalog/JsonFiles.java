package vn.motcua.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads one source JSON object, turning every failure into a {@link CatalogFormatException} naming the file. */
final class JsonFiles {

    private JsonFiles() {}

    static JsonNode readObject(ObjectMapper json, Path file) {
        JsonNode n;
        try {
            n = json.readTree(Files.readString(file));
        } catch (JsonProcessingException e) {
            throw new CatalogFormatException(file, "invalid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new CatalogFormatException(file, "cannot read: " + e.getMessage(), e);
        }
        if (n == null || !n.isObject()) {
            throw new CatalogFormatException(file, "expected a JSON object");
        }
        return n;
    }
}
