package dev.cxkit.core.io;

import dev.cxkit.core.CustomerId;
import dev.cxkit.core.internal.Checks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Replaces customer ids by keyed pseudonyms as they are read: {@code p-} followed by the first 128
 * bits of HMAC-SHA256(key, id as UTF-8) in lower-case hex, for example
 * {@code p-3f1c9a0e5b7d2c4f8a6e1b0d9c7f5a3e}. The same key gives the same pseudonym for the same id
 * in every file and every run, so repeat contacts, FCR and per-customer figures work as before;
 * without the key a pseudonym cannot be turned back into the id, nor can an id be checked against
 * it (unlike a plain hash, which anyone can compute for a guessed e-mail address).
 *
 * <p>Keep the key secret and keep it: a new key gives new pseudonyms, so figures that link contacts
 * across periods (repeat contacts, FCR windows) then see new customers. The key is read from a file
 * only ({@link #fromKeyFile(Path)}), never from a command line, where other users of the machine and
 * the shell history could see it. It must hold at least 32 bytes (256 bits), for example 64 hex
 * characters from {@code openssl rand -hex 32}; one trailing line end is not part of it.
 *
 * <p>Thread-safe. {@link #toString()} never shows the key.
 */
public final class Pseudonymiser {

    /** The least key length accepted, in bytes. */
    public static final int MIN_KEY_BYTES = 32;
    /** The largest key file read, in bytes. */
    public static final int MAX_KEY_BYTES = 4096;

    private static final String ALGORITHM = "HmacSHA256";
    private static final HexFormat HEX = HexFormat.of();

    private final SecretKeySpec key;
    private final ThreadLocal<Mac> macs;

    private Pseudonymiser(byte[] key) {
        this.key = new SecretKeySpec(key, ALGORITHM);
        this.macs = ThreadLocal.withInitial(this::newMac);
        newMac(); // fails here, not at the first id, if the JDK lacks the algorithm
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java runtime cannot compute " + ALGORITHM + ": " + e.getMessage(), e);
        }
    }

    /**
     * A pseudonymiser with a key given as bytes.
     *
     * @param key the key, at least {@link #MIN_KEY_BYTES} bytes; copied
     * @return the pseudonymiser
     * @throws IllegalArgumentException if the key is shorter than {@link #MIN_KEY_BYTES} or longer
     *     than {@link #MAX_KEY_BYTES}
     */
    public static Pseudonymiser ofKey(byte[] key) {
        Checks.notNull(key, "key");
        if (key.length < MIN_KEY_BYTES || key.length > MAX_KEY_BYTES) {
            throw new IllegalArgumentException("The pseudonymisation key is " + key.length + " bytes; it must hold "
                    + MIN_KEY_BYTES + " to " + MAX_KEY_BYTES + ".\nMaybe create one with: openssl rand -hex 32 > key");
        }
        return new Pseudonymiser(key.clone());
    }

    /**
     * A pseudonymiser whose key is the content of a file, without one trailing {@code \n} or
     * {@code \r\n}.
     *
     * @param file the key file
     * @return the pseudonymiser
     * @throws IllegalArgumentException if the key is too short or the file too long
     * @throws UncheckedIOException if the file cannot be read
     */
    public static Pseudonymiser fromKeyFile(Path file) {
        Checks.notNull(file, "file");
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_KEY_BYTES) {
                throw new IllegalArgumentException("The key file " + file + " is over " + MAX_KEY_BYTES
                        + " bytes.\nMaybe this is not the key file?");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the key file " + file + ": " + e.getMessage(), e);
        }
        int length = bytes.length;
        if (length > 0 && bytes[length - 1] == '\n') {
            length--;
            if (length > 0 && bytes[length - 1] == '\r') {
                length--;
            }
        }
        try {
            return ofKey(Arrays.copyOf(bytes, length));
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    /**
     * The pseudonym of a text.
     *
     * @param value the text, such as a customer id
     * @return {@code p-} and 32 lower-case hex digits
     */
    public String pseudonymise(String value) {
        Checks.notNull(value, "value");
        byte[] digest = macs.get().doFinal(value.getBytes(StandardCharsets.UTF_8));
        return "p-" + HEX.formatHex(digest, 0, 16);
    }

    /**
     * The pseudonym of a customer id.
     *
     * @param id the id
     * @return the pseudonymous id
     */
    public CustomerId pseudonymise(CustomerId id) {
        return CustomerId.of(pseudonymise(Checks.notNull(id, "id").value()));
    }

    /**
     * A short fingerprint of the key that tells keys apart without revealing them: the first 8 hex
     * digits of SHA-256 over the pseudonym of the empty text. Useful in a report to show which key
     * produced a data set.
     *
     * @return 8 lower-case hex digits
     */
    public String keyFingerprint() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(pseudonymise("").getBytes(StandardCharsets.UTF_8));
            return HEX.formatHex(digest, 0, 4);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java runtime cannot compute SHA-256: " + e.getMessage(), e);
        }
    }

    /** Names the algorithm and the key's fingerprint, never the key. */
    @Override
    public String toString() {
        return "Pseudonymiser[HMAC-SHA256, key " + keyFingerprint() + "]";
    }
}
