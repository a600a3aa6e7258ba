package vn.motcua.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.catalog.JsonLines;

/**
 * How citizens ask for a procedure, in their own words ("bà nội mới mất ở nhà thì làm giấy gì ở
 * xã" for the death registration), read from {@code knowledge-base/phrasings/*.jsonl}: one line
 * per procedure, {@code {"code": "1.000656", "asked": ["…", "…"]}}. They are indexed beside the
 * record in their own field group ({@link Fields.Group#ASKED}), so a question in everyday words
 * finds the record whose name uses the administration's words. They never reach an answer: what
 * a reply says comes from the record alone.
 */
public final class CitizenPhrasings {

    /** The folder of the knowledge base that holds the files. */
    public static final String FOLDER = "phrasings";

    private CitizenPhrasings() {}

    /**
     * The phrasings by procedure code; none when the folder is missing. A line that is not an
     * object with a code and a list of strings fails with its file and line number.
     */
    public static Map<String, List<String>> load(Path knowledgeBase, ObjectMapper json) {
        Map<String, List<String>> out = new HashMap<>();
        for (Path f : JsonLines.filesIn(knowledgeBase.resolve(FOLDER))) {
            for (JsonLines.Line line : JsonLines.read(f)) {
                String where = f.getFileName() + ":" + line.number();
                JsonNode node;
                try {
                    node = json.readTree(line.text());
                } catch (IOException e) {
                    throw new IllegalArgumentException(where + ": not JSON", e);
                }
                JsonNode code = node.get("code");
                JsonNode asked = node.get("asked");
                if (code == null || !code.isTextual() || asked == null || !asked.isArray()) {
                    throw new IllegalArgumentException(where + ": expected {\"code\": \"…\", \"asked\": [\"…\"]}");
                }
                List<String> phrases = out.computeIfAbsent(code.asText(), k -> new ArrayList<>());
                for (JsonNode a : asked) {
                    if (!a.isTextual()) {
                        throw new IllegalArgumentException(where + ": every phrasing must be a string");
                    }
                    phrases.add(a.asText());
                }
            }
        }
        out.replaceAll((k, v) -> List.copyOf(v));
        return Map.copyOf(out);
    }
}
