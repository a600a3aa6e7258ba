package vn.motcua.catalog;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The agencies (cơ quan) named by a procedure record: who implements it, who has competence, who
 * is authorised, and who coordinates. Lists are empty when the record says nothing.
 */
@JsonPropertyOrder({"implementing", "competent", "authorised", "coordinating"})
public record Agencies(
        List<String> implementing, List<String> competent, List<String> authorised, List<String> coordinating) {

    public static final Agencies EMPTY = new Agencies(List.of(), List.of(), List.of(), List.of());

    public Agencies {
        implementing = List.copyOf(implementing == null ? List.of() : implementing);
        competent = List.copyOf(competent == null ? List.of() : competent);
        authorised = List.copyOf(authorised == null ? List.of() : authorised);
        coordinating = List.copyOf(coordinating == null ? List.of() : coordinating);
    }
}
