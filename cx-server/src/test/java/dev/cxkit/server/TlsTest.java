package dev.cxkit.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 25 item 4: HTTPS from a PKCS#12 keystore. The keystore is made by the JDK's keytool for
 * 127.0.0.1 and trusted by the test's client.
 */
class TlsTest {

    private static final String PASSWORD = "test-keystore-password";

    @TempDir
    static Path dir;

    static Path keystore;

    @RegisterExtension
    final ServerFixture servers = new ServerFixture();

    @BeforeAll
    static void makeKeystore() throws Exception {
        keystore = dir.resolve("server.p12");
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process process = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "cx", "-keyalg", "EC",
                "-groupname", "secp256r1", "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1,dns:localhost",
                "-validity", "2", "-storetype", "PKCS12", "-keystore", keystore.toString(), "-storepass", PASSWORD)
                .redirectErrorStream(true).redirectOutput(dir.resolve("keytool.txt").toFile()).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(Files.readString(dir.resolve("keytool.txt"))).isZero();
    }

    @Test
    void servesHttpsFromAPkcs12Keystore() throws Exception {
        HelpdeskServer server = HelpdeskServer.builder().policy(Fixtures.POLICY).tls(keystore, PASSWORD)
                .clock(servers.clock).build();
        servers.start(server);
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            trusted.load(in, PASSWORD.toCharArray());
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(null, trust.getTrustManagers(), null);
        HelpdeskClient client = new HelpdeskClient(server, HttpClient.newBuilder().sslContext(ssl)
                .connectTimeout(Duration.ofSeconds(10)).build());

        assertThat(server.uri().getScheme()).isEqualTo("https");
        assertThat(client.get("/health").status()).isEqualTo(200);
        assertThat(client.post("/decisions", Fixtures.REFUND_120).json().get("outcome").asText())
                .isEqualTo("NEEDS_APPROVAL");
    }

    @Test
    void aWrongPasswordFailsTheBuildWithoutEchoingIt() {
        assertThatThrownBy(() -> HelpdeskServer.builder().policy(Fixtures.POLICY).tls(keystore, "wrong-password-42")
                .build()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("server.p12")
                .hasMessageNotContaining("wrong-password-42");
    }
}
