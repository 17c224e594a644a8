import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Arrays;
import java.util.Locale;

import dev.cxkit.cli.CxCommand;

/**
 * Runs one {@code cx} command several times in one JVM and prints the wall time of each round. The
 * first round pays for class loading and JIT compilation like a fresh process; later rounds show
 * what a warm, long-running JVM (a CRM that embeds cxkit, {@code cx serve}) spends. Every round
 * still builds its own auditor and compiles its rules, as {@code cx audit} does. A single-file
 * program, run by audit-end-to-end.sh:
 * {@code java -cp cx-cli/target/cx.jar benchmarks/AuditRounds.java ROUNDS audit --input ...}.
 */
public final class AuditRounds {

    private AuditRounds() {
    }

    public static void main(String[] args) {
        int rounds = Integer.parseInt(args[0]);
        String[] command = Arrays.copyOfRange(args, 1, args.length);
        for (int round = 1; round <= rounds; round++) {
            StringWriter errors = new StringWriter();
            long start = System.nanoTime();
            int exit = CxCommand.execute(new PrintWriter(Writer.nullWriter()), new PrintWriter(errors), command);
            double seconds = (System.nanoTime() - start) / 1e9;
            if (exit != 0) {
                System.err.print(errors);
                System.exit(exit);
            }
            System.out.printf(Locale.ROOT, "round %d in one JVM: %.2f s%n", round, seconds);
        }
    }
}
