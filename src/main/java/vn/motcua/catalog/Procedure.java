package vn.motcua.catalog;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One administrative procedure (thủ tục hành chính) as the knowledge base stores it. Every value
 * comes from a source record; a value the source does not give is {@code null} or empty, never
 * guessed. {@code notes} records where the sources disagree or a value is known to be doubtful.
 */
@JsonPropertyOrder({
    "code", "name", "decision", "levels", "field", "kind", "target_group", "agencies",
    "reception_address", "steps", "channels", "documents", "conditions", "result", "legal_basis",
    "keywords", "notes", "source"
})
public record Procedure(
        String code,
        String name,
        String decision,
        List<String> levels,
        String field,
        String kind,
        String targetGroup,
        Agencies agencies,
        String receptionAddress,
        List<String> steps,
        List<Channel> channels,
        List<DocumentGroup> documents,
        String conditions,
        String result,
        List<LegalBasis> legalBasis,
        List<String> keywords,
        List<DataNote> notes,
        Source source) {

    public Procedure {
        requireNonNull(code, "code may not be null");
        requireNonNull(name, "name may not be null");
        levels = List.copyOf(levels == null ? List.of() : levels);
        agencies = agencies == null ? Agencies.EMPTY : agencies;
        steps = List.copyOf(steps == null ? List.of() : steps);
        channels = List.copyOf(channels == null ? List.of() : channels);
        documents = List.copyOf(documents == null ? List.of() : documents);
        legalBasis = List.copyOf(legalBasis == null ? List.of() : legalBasis);
        keywords = List.copyOf(keywords == null ? List.of() : keywords);
        notes = List.copyOf(notes == null ? List.of() : notes);
        requireNonNull(source, "source may not be null");
    }

    /** Total number of required documents over all case groups. */
    @JsonIgnore
    public int documentCount() {
        return documents.stream().mapToInt(g -> g.items().size()).sum();
    }

    Procedure withDocuments(List<DocumentGroup> newDocuments) {
        return new Procedure(code, name, decision, levels, field, kind, targetGroup, agencies,
                receptionAddress, steps, channels, newDocuments, conditions, result, legalBasis,
                keywords, notes, source);
    }

    Procedure withChannels(List<Channel> newChannels) {
        return new Procedure(code, name, decision, levels, field, kind, targetGroup, agencies,
                receptionAddress, steps, newChannels, documents, conditions, result, legalBasis,
                keywords, notes, source);
    }

    Procedure withLegalBasis(List<LegalBasis> newLegalBasis) {
        return new Procedure(code, name, decision, levels, field, kind, targetGroup, agencies,
                receptionAddress, steps, channels, documents, conditions, result, newLegalBasis,
                keywords, notes, source);
    }

    Procedure withSteps(List<String> newSteps) {
        return new Procedure(code, name, decision, levels, field, kind, targetGroup, agencies,
                receptionAddress, newSteps, channels, documents, conditions, result, legalBasis,
                keywords, notes, source);
    }

    Procedure withNotesAndSource(List<DataNote> newNotes, Source newSource) {
        return new Procedure(code, name, decision, levels, field, kind, targetGroup, agencies,
                receptionAddress, steps, channels, documents, conditions, result, legalBasis,
                keywords, newNotes, newSource);
    }
}
