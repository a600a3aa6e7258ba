package vn.motcua.store;

/** A database operation failed; the message names the operation, the cause carries the driver's error. */
public final class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    StoreException(String operation, Throwable cause) {
        super("database: cannot " + operation + ": " + cause.getMessage(), cause);
    }
}
