package vn.motcua.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Set;
import org.apache.lucene.search.IndexSearcher;

/** Reads the record a document stores as JSON ({@link Fields#STORED_JSON}), for every index that keeps one. */
final class StoredJson {

    private StoredJson() {}

    /** The document's stored record; {@code what} names it if the stored text is not valid JSON. */
    static <T> T read(IndexSearcher s, int doc, ObjectMapper json, Class<T> type, String what) throws IOException {
        String stored = s.storedFields().document(doc, Set.of(Fields.STORED_JSON)).get(Fields.STORED_JSON);
        try {
            return json.readValue(stored, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored " + what + " is not valid JSON (doc " + doc + ")", e);
        }
    }
}
