package vn.motcua.zalo;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Checks {@code X-ZEvent-Signature}: hex(SHA-256(app_id + raw body + timestamp + OA secret key)),
 * a plain hash of the concatenation (not an HMAC), with or without a {@code mac=} prefix,
 * compared in constant time.
 */
final class ZaloSignature {

    private static final String PREFIX = "mac=";

    private final byte[] oaSecretKey;

    ZaloSignature(String oaSecretKey) {
        this.oaSecretKey = requireNonNull(oaSecretKey, "oaSecretKey may not be null").getBytes(StandardCharsets.UTF_8);
    }

    /** Whether {@code header} is the signature of this body. */
    boolean isValid(String header, String appId, byte[] body, String timestamp) {
        if (header == null || appId == null || timestamp == null) {
            return false;
        }
        String given = header.strip();
        if (given.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            given = given.substring(PREFIX.length()).strip();
        }
        byte[] expected = mac(appId, body, timestamp).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }

    /** The lower-case hex signature of a body. */
    String mac(String appId, byte[] body, String timestamp) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(appId.getBytes(StandardCharsets.UTF_8));
            sha.update(body);
            sha.update(timestamp.getBytes(StandardCharsets.UTF_8));
            sha.update(oaSecretKey);
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
