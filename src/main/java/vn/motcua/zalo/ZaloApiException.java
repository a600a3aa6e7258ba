package vn.motcua.zalo;

/**
 * Zalo refused or could not be reached: the endpoint, the HTTP status (0 when none came back) and
 * Zalo's error code (0 when none). The message never holds a token, a secret or the user's text.
 */
public final class ZaloApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int httpStatus;
    private final int code;

    ZaloApiException(String endpoint, int httpStatus, int code, String reason) {
        this(endpoint, httpStatus, code, reason, null);
    }

    ZaloApiException(String endpoint, int httpStatus, int code, String reason, Throwable cause) {
        super("Zalo " + endpoint + ": HTTP " + httpStatus + ", error " + code + (reason == null || reason.isBlank() ? "" : " (" + reason + ")"), cause);
        this.httpStatus = httpStatus;
        this.code = code;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public int code() {
        return code;
    }
}
