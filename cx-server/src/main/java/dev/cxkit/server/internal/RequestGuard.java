package dev.cxkit.server.internal;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import dev.cxkit.server.ApiKeys;
import dev.cxkit.server.Permission;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.jspecify.annotations.Nullable;

/**
 * The checks every request passes before its body is read, against the attacks of issue 25: a web page
 * on the operator's machine that posts to the service (refused by {@link #origin}), DNS rebinding that
 * makes a foreign name point at the service (refused by {@link #host}), a body type a page may send
 * without asking (refused by {@link #contentType}), and a caller without the right key
 * ({@link #caller}). Each returns the answer that refuses the request, or {@code null} to let it on.
 * Immutable and thread-safe.
 */
final class RequestGuard {

    private static final Pattern IPV4 = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){3}");

    private final InetAddress bound;
    private final Set<String> allowedHosts;
    private final List<String> allowedOrigins;
    private final ApiKeys keys;

    RequestGuard(InetAddress bound, Set<String> allowedHosts, List<String> allowedOrigins, ApiKeys keys) {
        this.bound = bound;
        Set<String> hosts = new HashSet<>();
        allowedHosts.forEach(h -> hosts.add(h.toLowerCase(Locale.ROOT)));
        this.allowedHosts = Set.copyOf(hosts);
        this.allowedOrigins = List.copyOf(allowedOrigins);
        this.keys = keys;
    }

    /**
     * Refuses a {@code Host} that is not this server: the bound address itself; {@code localhost} and
     * the loopback addresses when bound to loopback or to every address; any of this host's addresses
     * when bound to every address; and the names given to {@code allowedHosts}. The port is not checked,
     * so that a forwarded port still works. A DNS-rebinding page sends its own name, which is none of
     * these.
     */
    @Nullable Reply host(HttpFields headers) {
        String host = hostOf(headers.get(HttpHeader.HOST));
        if (host != null && isOwnHost(host)) {
            return null;
        }
        return Reply.error(421, "misdirected request", "The Host header names another server than this one. This "
                + "service answers only for its own address" + (allowedHosts.isEmpty() ? "" : " and " + allowedHosts)
                + ".\nMaybe start it with --allowed-host (HelpdeskServer.Builder.allowedHosts) for the name "
                + "clients use?");
    }

    /**
     * Refuses a state change (any method but GET and HEAD) that a browser sent from another origin: an
     * {@code Origin} header that is neither this server (same host as {@code Host}, which {@link #host}
     * checked, and the same scheme) nor one of {@code allowedOrigins}. A request without {@code Origin}
     * (curl, a helpdesk's HTTP client) passes: browsers always send it on a cross-origin POST.
     */
    @Nullable Reply origin(String method, HttpFields headers, boolean secure) {
        if (method.equals("GET") || method.equals("HEAD")) {
            return null;
        }
        String origin = headers.get(HttpHeader.ORIGIN);
        if (origin == null || allowedOrigins.contains(origin) || isSameOrigin(origin, headers, secure)) {
            return null;
        }
        return Reply.error(403, "cross-origin request refused", "This service does not take state changes from web "
                + "pages of other origins (Origin " + HttpProblem.abbreviate(origin) + ").\nMaybe start it with "
                + "--allowed-origin (HelpdeskServer.Builder.allowedOrigins) if that page is yours?");
    }

    /** Refuses a body whose media type the route does not take (415); a route with no types takes any. */
    @Nullable Reply contentType(List<String> accepted, HttpFields headers) {
        if (accepted.isEmpty()) {
            return null;
        }
        String type = headers.get(HttpHeader.CONTENT_TYPE);
        String media = type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (accepted.contains(media)) {
            return null;
        }
        return Reply.error(415, "unsupported media type", "This endpoint takes Content-Type " + String.join(" or ",
                accepted) + ", not " + (type == null ? "none" : HttpProblem.abbreviate(type)) + ".\nMaybe curl "
                + "--data-binary @authority.csv -H 'Content-Type: text/csv'?");
    }

    /** Whether this server asks for API keys. */
    boolean asksForKeys() {
        return !keys.isEmpty();
    }

    /**
     * The key of a request that may use a permission, or the refusal: 401 without a valid bearer token,
     * 403 with a key that lacks the permission.
     *
     * @return an {@link ApiKeys.Key}, a {@link Reply}, or {@code null} when no key is needed
     */
    @Nullable Object caller(@Nullable Permission permission, HttpFields headers) {
        if (permission == null || keys.isEmpty()) {
            return null;
        }
        String authorization = headers.get(HttpHeader.AUTHORIZATION);
        Optional<ApiKeys.Key> key = Optional.empty();
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            key = keys.authenticate(authorization.substring(7).strip());
        }
        if (key.isEmpty()) {
            return Reply.error(401, "unauthorized", "This endpoint needs an API key: Authorization: Bearer <token>.")
                    .withHeader("WWW-Authenticate", "Bearer realm=\"cxkit\"");
        }
        if (!key.get().has(permission)) {
            return Reply.error(403, "forbidden", "The API key " + key.get().name() + " lacks the permission "
                    + permission.fileName() + " this endpoint needs.");
        }
        return key.get();
    }

    private boolean isOwnHost(String host) {
        if (allowedHosts.contains(host)) {
            return true;
        }
        boolean loopback = bound.isLoopbackAddress();
        boolean any = bound.isAnyLocalAddress();
        if (host.equals("localhost")) {
            return loopback || any;
        }
        InetAddress literal = literal(host);
        if (literal == null) {
            return false;
        }
        if (literal.equals(bound) || ((loopback || any) && literal.isLoopbackAddress())) {
            return true;
        }
        if (any) {
            try {
                return NetworkInterface.getByInetAddress(literal) != null;
            } catch (SocketException e) {
                return false;
            }
        }
        return false;
    }

    private boolean isSameOrigin(String origin, HttpFields headers, boolean secure) {
        URI uri;
        try {
            uri = new URI(origin);
        } catch (URISyntaxException e) {
            return false;
        }
        String scheme = uri.getScheme();
        String originHost = uri.getHost();
        String host = hostOf(headers.get(HttpHeader.HOST));
        if (scheme == null || originHost == null || host == null) {
            return false;
        }
        String normalised = hostOf(originHost);
        return scheme.equalsIgnoreCase(secure ? "https" : "http") && host.equals(normalised) && isOwnHost(host);
    }

    /** The host part of a Host header, lowercase, without port, brackets or a final dot; null if malformed. */
    static @Nullable String hostOf(@Nullable String header) {
        if (header == null) {
            return null;
        }
        String value = header.strip().toLowerCase(Locale.ROOT);
        if (value.startsWith("[")) {
            int end = value.indexOf(']');
            return end < 0 ? null : value.substring(1, end);
        }
        int colon = value.indexOf(':');
        if (colon >= 0 && value.indexOf(':', colon + 1) >= 0) {
            return value; // a bare IPv6 literal, as an Origin's getHost() gives it without brackets
        }
        String host = colon < 0 ? value : value.substring(0, colon);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        return host.isEmpty() ? null : host;
    }

    /** The address an IP literal names, without a DNS look-up; null for a name. */
    private static @Nullable InetAddress literal(String host) {
        if (!IPV4.matcher(host).matches() && host.indexOf(':') < 0) {
            return null;
        }
        try {
            return InetAddress.getByName(host); // a literal: parsed, never looked up
        } catch (java.net.UnknownHostException e) {
            return null;
        }
    }
}
