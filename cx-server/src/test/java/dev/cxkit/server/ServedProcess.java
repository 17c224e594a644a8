package dev.cxkit.server;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import dev.cxkit.jdbc.CxDatabase;

/**
 * A service in a process of its own, for the crash test that kills it: opens the embedded database in
 * the directory of its first argument, serves {@link Fixtures#POLICY} on a free loopback port, prints
 * {@code port=N} on standard output and runs until it is killed.
 */
final class ServedProcess {

    private ServedProcess() {
    }

    public static void main(String[] args) throws InterruptedException {
        CxDatabase db = CxDatabase.embedded(Path.of(args[0]));
        HelpdeskServer server = HelpdeskServer.builder().policy(Fixtures.POLICY).database(db)
                .threads(Integer.parseInt(args[1])).build();
        server.start();
        System.out.println("port=" + server.port());
        System.out.flush();
        new CountDownLatch(1).await();
    }
}
