package vn.motcua.officer;

import static java.util.Objects.requireNonNull;

import vn.motcua.search.Audience;

/**
 * An authenticated officer: made only by {@link OfficerAccounts} after a token or session checked
 * out. It is the one holder of an {@link Audience} that may read internal documents.
 */
record Officer(String name, Role role) {

    /** What an account may do: officers ask and work the queue; admins also export and read the audit log. */
    enum Role {
        OFFICER, ADMIN;

        String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        static Role of(String key) {
            return valueOf(key.toUpperCase(java.util.Locale.ROOT));
        }
    }

    Officer {
        requireNonNull(name, "name may not be null");
        requireNonNull(role, "role may not be null");
    }

    boolean isAdmin() {
        return role == Role.ADMIN;
    }

    /** The search audience of this officer: public and internal documents. */
    Audience audience() {
        return Audience.officer(name);
    }
}
