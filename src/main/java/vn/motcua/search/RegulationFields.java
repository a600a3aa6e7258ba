package vn.motcua.search;

/** Fields of the regulation index beyond the shared text groups of {@link Fields}. */
final class RegulationFields {

    static final String ID = "id";

    private RegulationFields() {}
}
