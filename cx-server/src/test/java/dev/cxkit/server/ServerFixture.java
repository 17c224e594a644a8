package dev.cxkit.server;

import java.util.ArrayList;
import java.util.List;

import dev.cxkit.test.MutableInstantSource;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Starts servers on free loopback ports for one test and closes them after it. */
final class ServerFixture implements AfterEachCallback {

    /** The servers' clock: {@link Fixtures#AT}, the instant of the fixtures' requests, until a test moves it. */
    final MutableInstantSource clock = MutableInstantSource.of(Fixtures.AT);

    private final List<HelpdeskServer> started = new ArrayList<>();

    /** Builds and starts a server on {@link #clock}; returns a client for it. */
    HelpdeskClient start(HelpdeskServer.Builder builder) {
        HelpdeskServer server = builder.clock(clock).build();
        started.add(server);
        server.start();
        return new HelpdeskClient(server);
    }

    /** Starts a built server (for a client of its own); closes it after the test. */
    void start(HelpdeskServer server) {
        started.add(server);
        server.start();
    }

    /** The server started last. */
    HelpdeskServer server() {
        return started.get(started.size() - 1);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        started.forEach(HelpdeskServer::close);
        started.clear();
    }
}
