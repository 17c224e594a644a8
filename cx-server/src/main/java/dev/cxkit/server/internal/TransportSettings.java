package dev.cxkit.server.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import dev.cxkit.server.ApiKeys;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.jspecify.annotations.Nullable;

/**
 * The transport, security and operations part of what {@link dev.cxkit.server.HelpdeskServer.Builder}
 * collected, checked there; see its setters for meanings and defaults. Immutable.
 *
 * @param idleTimeout how long a connection may stay silent
 * @param headerTimeout how long a new connection may take to send its first request's headers
 * @param readTimeout how long a request may take to send its body once its headers are in
 * @param apiKeys the accepted keys; empty for a server that asks for none
 * @param tlsKeystore the PKCS#12 keystore to serve HTTPS with, or {@code null} for plain HTTP
 * @param tlsPassword the keystore's password, or {@code null} without TLS
 * @param allowedHosts extra host names accepted in {@code Host}, lowercase
 * @param allowedOrigins extra origins accepted in {@code Origin} on a state change, such as {@code https://crm.example}
 * @param registry the registry behind {@code GET /metrics}, with the cxkit meters bound to it
 */
public record TransportSettings(Duration idleTimeout, Duration headerTimeout, Duration readTimeout, ApiKeys apiKeys,
        @Nullable Path tlsKeystore, @Nullable String tlsPassword, Set<String> allowedHosts, List<String> allowedOrigins,
        PrometheusMeterRegistry registry) {

    /** Copies the collections. */
    public TransportSettings {
        allowedHosts = Set.copyOf(allowedHosts);
        allowedOrigins = List.copyOf(allowedOrigins);
    }

    /** Leaves the password out. */
    @Override
    public String toString() {
        return "TransportSettings[idleTimeout=" + idleTimeout + ", headerTimeout=" + headerTimeout + ", readTimeout="
                + readTimeout + ", apiKeys=" + apiKeys + ", tlsKeystore=" + tlsKeystore + ", allowedHosts="
                + allowedHosts + ", allowedOrigins=" + allowedOrigins + "]";
    }
}
