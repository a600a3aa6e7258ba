package vn.motcua.web;

import static java.util.Objects.requireNonNull;

/** A request the API refuses: the HTTP status, a stable code, and the key of the Vietnamese message. */
final class ApiException extends RuntimeException {

    final int status;
    final String code;
    final String messageKey;
    final Integer retryAfterSeconds;

    ApiException(int status, String code, String messageKey) {
        this(status, code, messageKey, null);
    }

    ApiException(int status, String code, String messageKey, Integer retryAfterSeconds) {
        super(code + " (" + status + ")");
        this.status = status;
        this.code = requireNonNull(code, "code may not be null");
        this.messageKey = requireNonNull(messageKey, "messageKey may not be null");
        this.retryAfterSeconds = retryAfterSeconds;
    }
}
