package dev.cxkit.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The API keys a {@link HelpdeskServer} accepts as {@code Authorization: Bearer <token>}, each with a
 * name (for the access log) and its {@link Permission permissions}. Only the SHA-256 of each token is
 * kept in memory, and tokens are compared in constant time.
 *
 * <p>Keys come from a file ({@link #read(Path)}), from an environment variable holding one token
 * ({@link #ofToken(String, String)}), or from the {@link #builder()}; never from a command line, which
 * other users of the host can read. The file has one key a line, {@code #} starting a comment:
 * <pre>
 * # name        permissions                      token, or sha256: and the token's SHA-256 in hex
 * helpdesk      decide                           sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
 * compliance    read-decisions                   sha256:…
 * policy-owner  change-policy,read-decisions     sha256:…
 * prometheus    read-metrics                     sha256:…
 * ops           *                                sha256:…
 * </pre>
 * Names are 1–64 letters, digits, {@code .}, {@code _} or {@code -}; permissions are
 * {@link Permission#fileName()}s separated by commas, or {@code *} for all. A plain token (at least
 * {@value #MIN_TOKEN_LENGTH} characters) is accepted too, but a hash keeps the file harmless if it leaks;
 * {@code printf %s "$TOKEN" | sha256sum} makes one. Immutable and thread-safe.
 */
public final class ApiKeys {

    /** The fewest characters a token may have: 16 random characters are beyond guessing over HTTP. */
    public static final int MIN_TOKEN_LENGTH = 16;

    private static final Logger LOG = LoggerFactory.getLogger(ApiKeys.class);
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Pattern HASH = Pattern.compile("sha256:[0-9a-fA-F]{64}");

    /**
     * One key as the server sees it: its name and permissions (the token's hash stays inside).
     *
     * @param name the key's name, as written to the access log
     * @param permissions what it may do, not empty
     */
    public record Key(String name, Set<Permission> permissions) {

        /** Checks the name and copies the permissions. */
        public Key {
            Objects.requireNonNull(name, "name");
            if (!NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("The API key name (" + abbreviate(name) + ") is not 1–64 letters, "
                        + "digits, '.', '_' or '-'.");
            }
            if (permissions.isEmpty()) {
                throw new IllegalArgumentException("The API key " + name + " has no permission.\nMaybe give it "
                        + "decide, read-decisions, change-policy, read-metrics or *?");
            }
            permissions = Set.copyOf(permissions);
        }

        /**
         * Whether this key may do something.
         *
         * @param permission the permission asked for
         * @return {@code true} if the key has it
         */
        public boolean has(Permission permission) {
            return permissions.contains(permission);
        }
    }

    private record Entry(Key key, byte[] hash) {
    }

    private final List<Entry> entries;

    private ApiKeys(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /**
     * Reads an API key file (format above). Warns in the log if the file can be read by other users of
     * the host than its owner (on file systems with POSIX permissions).
     *
     * @param file the file
     * @return the keys
     * @throws UncheckedIOException if the file cannot be read
     * @throws IllegalArgumentException if a line is malformed; the message gives file and line, never a token
     */
    public static ApiKeys read(Path file) {
        Objects.requireNonNull(file, "file");
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
            Set<PosixFilePermission> modes = Files.getPosixFilePermissions(file);
            if (modes.contains(PosixFilePermission.GROUP_READ) || modes.contains(PosixFilePermission.OTHERS_READ)) {
                LOG.warn("The API key file {} can be read by other users of this host. Maybe chmod 600 it?", file);
            }
        } catch (UnsupportedOperationException e) {
            text = readQuietly(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the API key file " + file + " (" + e.getMessage() + ").", e);
        }
        return parse(text, file.toString());
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the API key file " + file + " (" + e.getMessage() + ").", e);
        }
    }

    /**
     * Parses the text of an API key file (format above).
     *
     * @param text the file's text
     * @param source the file's name, for messages
     * @return the keys; empty if the text has no key lines
     * @throws IllegalArgumentException if a line is malformed or a name repeats; the message gives the
     *     source and line, never a token
     */
    public static ApiKeys parse(String text, String source) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
        Builder builder = builder();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s+");
            if (parts.length != 3) {
                throw new IllegalArgumentException(source + ":" + (i + 1) + ": expected three fields (name, "
                        + "permissions, token or sha256:hash), found " + parts.length + ".\nMaybe a space in a name?");
            }
            try {
                builder.add(parts[0], permissions(parts[1]), parts[2]);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(source + ":" + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return builder.build();
    }

    /**
     * One key with every permission, for the simple case of one shared bearer token (such as the
     * {@code CX_API_TOKEN} environment variable of {@code cx serve}).
     *
     * @param name the key's name for the access log
     * @param token the token, at least {@value #MIN_TOKEN_LENGTH} characters
     * @return the keys
     * @throws IllegalArgumentException if the token is too short
     */
    public static ApiKeys ofToken(String name, String token) {
        return builder().add(name, EnumSet.allOf(Permission.class), token).build();
    }

    /**
     * Starts a builder of keys.
     *
     * @return a new, empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The keys, in the order given, without their tokens.
     *
     * @return the keys
     */
    public List<Key> keys() {
        return entries.stream().map(Entry::key).toList();
    }

    /**
     * Whether there are no keys (a server given no keys asks for none).
     *
     * @return {@code true} if empty
     */
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /**
     * The key a token belongs to. Every key's hash is compared, in constant time, whatever matches.
     *
     * @param token the presented token
     * @return the key, or empty if the token is none of these keys
     */
    public Optional<Key> authenticate(String token) {
        Objects.requireNonNull(token, "token");
        byte[] hash = sha256(token);
        Key found = null;
        for (Entry entry : entries) {
            if (MessageDigest.isEqual(entry.hash(), hash) && found == null) {
                found = entry.key();
            }
        }
        return Optional.ofNullable(found);
    }

    /** Returns the names and permissions of the keys, never a token or hash. */
    @Override
    public String toString() {
        return "ApiKeys" + keys();
    }

    private static Set<Permission> permissions(String text) {
        if (text.equals("*")) {
            return EnumSet.allOf(Permission.class);
        }
        Set<Permission> permissions = EnumSet.noneOf(Permission.class);
        for (String name : text.split(",", -1)) {
            Permission found = Arrays.stream(Permission.values())
                    .filter(p -> p.fileName().equals(name.strip().toLowerCase(Locale.ROOT)))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown permission (" + abbreviate(name)
                            + "); known: decide, read-decisions, change-policy, read-metrics, or * for all."));
            permissions.add(found);
        }
        return permissions;
    }

    private static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This JVM has no SHA-256, which every Java platform must have.", e);
        }
    }

    private static String abbreviate(String value) {
        return value.length() <= 64 ? value : value.substring(0, 61) + "...";
    }

    /** Collects keys; not thread-safe. */
    public static final class Builder {

        private final Map<String, Entry> entries = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Adds a key.
         *
         * @param name the key's name, 1–64 letters, digits, {@code .}, {@code _} or {@code -}, unique
         * @param permissions what it may do, not empty
         * @param secret the token (at least {@value #MIN_TOKEN_LENGTH} characters), or {@code sha256:}
         *     and the token's SHA-256 as 64 hex digits
         * @return this builder
         * @throws IllegalArgumentException if the name is malformed or taken, the permissions are empty,
         *     or the secret is too short; the message never quotes the secret
         */
        public Builder add(String name, Set<Permission> permissions, String secret) {
            Objects.requireNonNull(permissions, "permissions");
            Objects.requireNonNull(secret, "secret");
            Key key = new Key(name, permissions);
            byte[] hash;
            if (HASH.matcher(secret).matches()) {
                hash = HexFormat.of().parseHex(secret.substring("sha256:".length()));
            } else if (secret.startsWith("sha256:")) {
                throw new IllegalArgumentException("the hash of API key " + name + " is not 64 hex digits after sha256:.");
            } else if (secret.length() < MIN_TOKEN_LENGTH) {
                throw new IllegalArgumentException("the token of API key " + name + " has " + secret.length()
                        + " characters, fewer than " + MIN_TOKEN_LENGTH + ".\nMaybe make one with "
                        + "openssl rand -hex 32?");
            } else {
                hash = sha256(secret);
            }
            if (entries.putIfAbsent(name, new Entry(key, hash)) != null) {
                throw new IllegalArgumentException("the API key name " + name + " is given twice.");
            }
            return this;
        }

        /**
         * Builds the keys.
         *
         * @return the keys, possibly empty
         */
        public ApiKeys build() {
            return new ApiKeys(new ArrayList<>(entries.values()));
        }
    }
}
