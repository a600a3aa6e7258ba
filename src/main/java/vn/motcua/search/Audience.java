package vn.motcua.search;

import static java.util.Objects.requireNonNull;

/**
 * Who a search is for, and so which documents it may return. {@link #PUBLIC} (every citizen
 * channel, the evaluation, the command line) sees only documents marked {@code visibility: public};
 * the filter is a clause of the Lucene query inside the searcher, not a step a caller can skip. An
 * officer audience, which also sees internal documents, is made by {@link #officer} — called only
 * by the officer package after authentication, which {@code ArchitectureTest} enforces.
 */
public final class Audience {

    /** Citizens and every unauthenticated caller. */
    public static final Audience PUBLIC = new Audience(null);

    private final String officer;

    private Audience(String officer) {
        this.officer = officer;
    }

    /** The audience of an authenticated officer account; see the class note on who may call this. */
    public static Audience officer(String accountName) {
        requireNonNull(accountName, "accountName may not be null");
        if (accountName.isBlank()) {
            throw new IllegalArgumentException("an officer audience needs the account name");
        }
        return new Audience(accountName);
    }

    /** Whether internal documents are visible. */
    public boolean isOfficer() {
        return officer != null;
    }

    @Override
    public String toString() {
        return officer == null ? "Audience[public]" : "Audience[officer " + officer + "]";
    }
}
