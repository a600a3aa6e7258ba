package vn.motcua.answer;

/** A model endpoint failed, timed out or answered something unusable; the message names the endpoint. */
public final class LanguageModelException extends RuntimeException {

    public LanguageModelException(String message, Throwable cause) {
        super(message, cause);
    }

    public LanguageModelException(String message) {
        super(message);
    }
}
