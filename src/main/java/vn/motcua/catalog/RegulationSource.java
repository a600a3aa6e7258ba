package vn.motcua.catalog;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Where a regulation article came from, so an answer can cite it: the dataset, the Markdown file
 * relative to the dataset, the Legal Code article id (e.g. "15.3.LQ.1"; null for a single document)
 * and the raw source note "(Điều 1 Luật số …)" that names the real instrument (null if none).
 */
@JsonPropertyOrder({"dataset", "path", "code_article", "note"})
public record RegulationSource(String dataset, String path, String codeArticle, String note) {

    public RegulationSource {
        requireNonNull(dataset, "dataset may not be null");
        requireNonNull(path, "path may not be null");
    }
}
