package dev.cxkit.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 25 item 2: four idle connections stopped the service (four threads, no read timeout). Here a
 * server with two workers gets eight slow clients on raw sockets, four that never finish their headers
 * and four that send headers and one byte of a body; /health and a decision still answer at once, and
 * the server, not the client, ends every slow connection (408 for a body, a close for headers) once its
 * timeout passes. The timeouts are set small, and the test waits for the server's answer on each socket
 * (a blocking read, bounded by a socket timeout); it never sleeps.
 */
class SlowClientTest {

    private static final Duration TIMEOUT = Duration.ofMillis(300);
    /** Far above the timeouts: only a server that never times out a slow client reaches it. */
    private static final int SOCKET_TIMEOUT_MILLIS = 20_000;

    @RegisterExtension
    final ServerFixture servers = new ServerFixture();

    @Test
    void halfOpenAndTricklingClientsNeitherBlockHealthNorDecisionsAndAreTimedOut() throws IOException {
        HelpdeskClient client = servers.start(HelpdeskServer.builder().policy(Fixtures.POLICY).threads(2)
                .headerTimeout(TIMEOUT).readTimeout(TIMEOUT).idleTimeout(Duration.ofSeconds(60)));
        int port = servers.server().port();
        List<Socket> halfHeaders = new ArrayList<>();
        List<Socket> halfBodies = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                halfHeaders.add(open(port, "POST /decisions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: app"));
                halfBodies.add(open(port, "POST /decisions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
                        + "application/json\r\nContent-Length: 200\r\n\r\n{"));
            }

            assertThat(client.get("/health").status()).isEqualTo(200);
            assertThat(client.post("/decisions", Fixtures.REFUND_120).status()).isEqualTo(200);

            for (Socket socket : halfBodies) {
                assertThat(readAll(socket)).startsWith("HTTP/1.1 408 ").contains("\"error\":\"request timeout\"");
            }
            for (Socket socket : halfHeaders) {
                assertThat(readAll(socket)).as("closed without an answer").isEmpty();
            }
        } finally {
            for (Socket socket : halfHeaders) {
                socket.close();
            }
            for (Socket socket : halfBodies) {
                socket.close();
            }
        }
    }

    @Test
    void aBodySentOneByteAtATimeGets408OnceTheReadTimeoutPasses() throws IOException {
        servers.start(HelpdeskServer.builder().policy(Fixtures.POLICY).threads(1).readTimeout(TIMEOUT));
        int port = servers.server().port();
        try (Socket socket = open(port, "POST /decisions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json"
                + "\r\nContent-Length: 50\r\n\r\n")) {
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            // One byte, then wait for the server: it answers 408 after the read timeout, with the body unfinished.
            out.write('{');
            out.flush();
            assertThat(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1)).startsWith("HTTP/1.1 408 ")
                    .containsIgnoringCase("connection: close");
        }
    }

    private static Socket open(int port, String start) throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.setSoTimeout(SOCKET_TIMEOUT_MILLIS);
        socket.getOutputStream().write(start.getBytes(StandardCharsets.ISO_8859_1));
        socket.getOutputStream().flush();
        return socket;
    }

    /** Everything the server sends until it closes the connection. */
    private static String readAll(Socket socket) throws IOException {
        try {
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (java.net.SocketException e) {
            return ""; // reset by the server: closed without an answer
        }
    }
}
