package dev.cxkit.exports.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A stable pseudonym for contact details that an export uses as the only customer key (an e-mail
 * address, a phone number): the first 16 hex digits of the SHA-256 of the trimmed, lower-cased
 * text, behind a prefix. The same address always gives the same customer id, so repeat-contact
 * KPIs work, and the address itself never enters cxkit's records or messages. This is
 * pseudonymisation, not anonymisation: whoever holds the address can recompute the id.
 */
final class Pseudonym {

    private Pseudonym() {
    }

    static String of(String prefix, String contactDetail) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] hash = digest.digest(contactDetail.trim().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return prefix + HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime.", e);
        }
    }
}
