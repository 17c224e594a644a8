package dev.cxkit.benchmarks;

import dev.cxkit.core.io.ImportOptions;
import dev.cxkit.core.io.ImportReport;
import dev.cxkit.core.io.InteractionReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Issue 24: how long {@code cx kpi} and {@code cx audit} take on a JSON Lines export next to DuckDB
 * loading the same file and computing the same KPIs, each as a fresh process, in one run.
 *
 * <p>First it checks that both compute the same thing: DuckDB's AHT, ASA and service level
 * (formula 2, 20 s) must equal {@code cx kpi --json}'s on the same contacts, counts exactly and
 * values within 1e-9 relative. The variant mapping: AHT over answered contacts of every channel,
 * {@code talkSeconds + hold + acwSeconds} with an absent part as 0 and hold as {@code holdSeconds}
 * or else the sum of the hold segments, leaving out bot sessions without an agent (their
 * {@code talkSeconds} is an explicit {@code null}, not recorded, which cxkit leaves out and DuckDB
 * would read as absent; in the generated file they are its only explicit nulls); ASA and service level over answered contacts of the live channels
 * (PHONE, CHAT), wait {@code answeredAt − queuedAt}, a wait of exactly 20 s within. DuckDB's FCR
 * (next contact of the same customer and reason within 7 days of the end, by a window query) is part
 * of its timed work but not compared: cxkit's per-issue FCR also censors at the as-of instant.
 *
 * <p>Then, for {@code --rounds} rounds, in an order that rotates each round: DuckDB (JDBC, 2
 * threads, a fresh JVM) loading the file into a table and running the KPI and FCR queries;
 * {@code cx kpi --json}; {@code cx audit} with the cases; and both again with {@code --threads 2}
 * (two parsing threads); all cx runs with {@code -Xmx512m}.
 * Wall, CPU (user + system) and peak RSS come from {@code /usr/bin/time}, the peak Java heap of the
 * cx runs from their GC log (occupancy before a collection). Then {@code cx kpi} on one processor
 * ({@code -XX:ActiveProcessorCount=1}, which also makes the reader use one thread) and the reader
 * alone, in a fresh JVM, on 1 and 2 threads. Prints a Markdown table with the medians.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.cxkit.benchmarks.ReadSpeedVsDuckDb \
 *     --cx-jar cx-cli/target/cx.jar --dir /tmp/big [--generate-days 420 --contacts-per-day 2000] \
 *     [--as-of 2027-04-25T22:00:00Z] [--rounds 3]
 * </pre>
 * With {@code --baseline-jar OTHER.jar}, {@code cx kpi} and {@code cx audit} of that jar (an
 * earlier build, say) join the rotation, so that before and after are timed under the same load; an
 * earlier build that fails (out of memory, say) is shown as failed instead of ending the run.
 * With {@code --generate-days}, {@code cx generate --seed 7} first writes the files into
 * {@code --dir}; otherwise {@code --dir} must hold {@code interactions.jsonl} and {@code cases.jsonl}.
 * Linux only ({@code /usr/bin/time}).
 */
public final class ReadSpeedVsDuckDb {

    /** One KPI of {@code cx kpi --json}: id, variant, value, count. */
    private static final Pattern KPI = Pattern.compile(
            "\\{\"id\":\"([^\"]+)\",\"variant\":\"([^\"]*)\",\"value\":([^,]+),\"count\":(\\d+)");
    private static final Pattern GC_HEAP = Pattern.compile("(\\d+)M->(\\d+)M\\(\\d+M\\)");

    private ReadSpeedVsDuckDb() {
    }

    /**
     * Runs the comparison, or one of its child processes.
     *
     * @param args see the class comment; {@code duckdb FILE THREADS} and {@code reader FILE THREADS
     *     REPEATS} are the child processes
     * @throws Exception if a run fails or the two sides disagree
     */
    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("duckdb")) {
            duckDb(Path.of(args[1]), Integer.parseInt(args[2]));
            return;
        }
        if (args.length > 0 && args[0].equals("reader")) {
            reader(Path.of(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            return;
        }
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        new ReadSpeedVsDuckDb().run(options);
    }

    // ---- child: DuckDB -------------------------------------------------------------------------

    // DuckDB reads an explicit JSON null as it reads an absent field. In the generated file the only
    // explicit nulls are the talk of bot sessions without an agent, which cxkit leaves out of AHT as
    // not recorded: that is the filter here.
    private static final String LOAD = "CREATE TABLE interactions AS SELECT *,"
            + " selfService IS NOT NULL AND agentId IS NULL AS talkNotRecorded FROM read_json('%s',"
            + " format = 'newline_delimited', columns = {id: 'VARCHAR', customerId: 'VARCHAR', channel: 'VARCHAR',"
            + " reason: 'VARCHAR', queuedAt: 'TIMESTAMPTZ', answeredAt: 'TIMESTAMPTZ', endedAt: 'TIMESTAMPTZ',"
            + " agentId: 'VARCHAR', selfService: 'JSON', talkSeconds: 'DOUBLE', holdSeconds: 'DOUBLE', acwSeconds: 'DOUBLE', resolved: 'BOOLEAN',"
            + " holds: 'STRUCT(\"start\" TIMESTAMPTZ, \"end\" TIMESTAMPTZ)[]'})";

    private static final String KPIS = "SELECT"
            + " sum(coalesce(talkSeconds, 0) + coalesce(holdSeconds, list_sum(list_transform(holds,"
            + " h -> epoch(h.\"end\") - epoch(h.\"start\"))), 0) + coalesce(acwSeconds, 0))"
            + " FILTER (WHERE answeredAt IS NOT NULL AND NOT talkNotRecorded)"
            + " / count(*) FILTER (WHERE answeredAt IS NOT NULL AND NOT talkNotRecorded),"
            + " count(*) FILTER (WHERE answeredAt IS NOT NULL AND NOT talkNotRecorded),"
            + " avg(epoch(answeredAt) - epoch(queuedAt)) FILTER (WHERE answeredAt IS NOT NULL AND channel IN ('PHONE', 'CHAT')),"
            + " count(*) FILTER (WHERE answeredAt IS NOT NULL AND channel IN ('PHONE', 'CHAT')),"
            + " avg(CASE WHEN epoch(answeredAt) - epoch(queuedAt) <= 20 THEN 1.0 ELSE 0.0 END)"
            + " FILTER (WHERE answeredAt IS NOT NULL AND channel IN ('PHONE', 'CHAT'))"
            + " FROM interactions";

    private static final String FCR = "WITH ordered AS (SELECT endedAt, lead(queuedAt) OVER"
            + " (PARTITION BY customerId, reason ORDER BY queuedAt, id) AS nextAt FROM interactions)"
            + " SELECT avg(CASE WHEN nextAt IS NULL OR nextAt > endedAt + INTERVAL 7 DAY THEN 1.0 ELSE 0.0 END),"
            + " count(*) FROM ordered";

    private static void duckDb(Path file, int threads) throws SQLException {
        long start = System.nanoTime();
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement()) {
            statement.execute("SET threads = " + threads);
            statement.execute(LOAD.formatted(file.toAbsolutePath().toString().replace("'", "''")));
            long loaded = System.nanoTime();
            StringBuilder out = new StringBuilder();
            try (ResultSet r = statement.executeQuery(KPIS)) {
                r.next();
                out.append("aht=").append(r.getDouble(1)).append(" aht.count=").append(r.getLong(2))
                        .append(" asa=").append(r.getDouble(3)).append(" asa.count=").append(r.getLong(4))
                        .append(" sl2=").append(r.getDouble(5)).append(" sl2.count=").append(r.getLong(4));
            }
            try (ResultSet r = statement.executeQuery(FCR)) {
                r.next();
                out.append(" fcr=").append(r.getDouble(1)).append(" fcr.count=").append(r.getLong(2));
            }
            long done = System.nanoTime();
            out.append(" load.ms=").append((loaded - start) / 1_000_000).append(" query.ms=")
                    .append((done - loaded) / 1_000_000);
            System.out.println(out);
        }
    }

    // ---- child: the reader alone ---------------------------------------------------------------

    private static void reader(Path file, int threads, int repeats) {
        InteractionReader reader = InteractionReader.jsonLines(ImportOptions.builder().threads(threads).build());
        StringBuilder out = new StringBuilder("threads=" + threads);
        for (int i = 0; i < repeats; i++) {
            long[] count = {0};
            long start = System.nanoTime();
            ImportReport report = reader.read(file, interaction -> count[0]++);
            long ms = (System.nanoTime() - start) / 1_000_000;
            if (report.accepted() != count[0]) {
                throw new IllegalStateException("accepted " + report.accepted() + " but handed on " + count[0]);
            }
            out.append(" ms=").append(ms);
        }
        System.out.println(out);
    }

    // ---- the comparison ------------------------------------------------------------------------

    /** One timed fresh process. */
    private record Run(String what, double wallSeconds, double cpuSeconds, long peakRssMb, long peakHeapMb,
            String load, String stdout, int exit) {
    }

    private Path cxJar;
    private @Nullable Path baselineJar;
    private Path benchmarksJar;
    private String java;
    private Path work;

    private void run(Map<String, String> options) throws Exception {
        cxJar = Path.of(require(options, "--cx-jar")).toAbsolutePath();
        String baseline = options.get("--baseline-jar");
        baselineJar = baseline == null ? null : Path.of(baseline).toAbsolutePath();
        Path dir = Path.of(require(options, "--dir")).toAbsolutePath();
        benchmarksJar = Path.of(ReadSpeedVsDuckDb.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        work = Files.createTempDirectory("read-speed");
        int rounds = Integer.parseInt(options.getOrDefault("--rounds", "3"));
        String asOf = options.getOrDefault("--as-of", "2027-04-25T22:00:00Z");
        if (options.containsKey("--generate-days")) {
            Files.createDirectories(dir);
            exec(List.of(java, "-jar", cxJar.toString(), "generate", "--seed", "7", "--days",
                    options.get("--generate-days"), "--contacts-per-day", options.getOrDefault("--contacts-per-day", "2000"),
                    "--out", dir.toString()), "generate", false);
        }
        Path interactions = dir.resolve("interactions.jsonl");
        Path cases = dir.resolve("cases.jsonl");
        long lines;
        try (var stream = Files.lines(interactions, StandardCharsets.UTF_8)) {
            lines = stream.count();
        }
        System.out.printf(Locale.ROOT, "file: %s, %,d lines, %,d MB; %d processors; %s%n", interactions, lines,
                Files.size(interactions) >> 20, Runtime.getRuntime().availableProcessors(), Runtime.version());

        List<String> duck = List.of(java, "-Xmx512m", "-cp", benchmarksJar.toString(), ReadSpeedVsDuckDb.class.getName(),
                "duckdb", interactions.toString(), "2");
        List<String> kpi = cx(List.of(), "kpi", "--input", interactions.toString(), "--json");
        List<String> audit = cx(List.of(), "audit", "--input", interactions.toString(), "--cases", cases.toString(),
                "--as-of", asOf);
        List<String> kpiOneCpu = cx(List.of("-XX:ActiveProcessorCount=1"), "kpi", "--input", interactions.toString(),
                "--json");

        Run duckCheck = exec(duck, "DuckDB", true);
        Run kpiCheck = exec(kpi, "cx kpi", true);
        checkAgreement(duckCheck.stdout(), kpiCheck.stdout());

        Map<String, List<Run>> runs = new LinkedHashMap<>();
        List<List<String>> commands = new ArrayList<>(List.of(duck, kpi, audit));
        List<String> names = new ArrayList<>(List.of(
                "DuckDB " + duckDbVersion() + " (2 threads): load, AHT/ASA/SL, FCR window query",
                "cx kpi --json", "cx audit (text)"));
        List<String> kpiTwoThreads = new ArrayList<>(kpi);
        kpiTwoThreads.addAll(List.of("--threads", "2"));
        List<String> auditTwoThreads = new ArrayList<>(audit);
        auditTwoThreads.addAll(List.of("--threads", "2"));
        commands.addAll(List.of(kpiTwoThreads, auditTwoThreads));
        names.addAll(List.of("cx kpi --json --threads 2", "cx audit --threads 2"));
        if (baselineJar != null) {
            commands.add(swapJar(kpi));
            names.add("baseline: cx kpi --json");
            commands.add(swapJar(audit));
            names.add("baseline: cx audit (text)");
        }
        for (int round = 0; round < rounds; round++) {
            for (int k = 0; k < commands.size(); k++) {
                int which = (round + k) % commands.size();
                runs.computeIfAbsent(names.get(which), n -> new ArrayList<>())
                        .add(exec(commands.get(which), names.get(which), true));
            }
        }
        for (int round = 0; round < rounds; round++) {
            runs.computeIfAbsent("cx kpi --json, one processor", n -> new ArrayList<>())
                    .add(exec(kpiOneCpu, "cx kpi one processor", true));
        }
        List<String> readerRuns = new ArrayList<>();
        for (int threads = 1; threads <= 2; threads++) {
            Run reader = exec(List.of(java, "-Xmx512m", "-cp", benchmarksJar.toString(), ReadSpeedVsDuckDb.class.getName(),
                    "reader", interactions.toString(), Integer.toString(threads), "4"), "reader", true);
            readerRuns.add(reader.stdout().trim() + " (load " + reader.load() + ")");
        }
        print(runs, readerRuns, lines);
    }

    private List<String> cx(List<String> jvmOptions, String... arguments) {
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m"));
        command.addAll(jvmOptions);
        command.add("-Xlog:gc:file=" + work.resolve("gc.log"));
        command.addAll(List.of("-jar", cxJar.toString()));
        command.addAll(List.of(arguments));
        return command;
    }

    private List<String> swapJar(List<String> command) {
        List<String> swapped = new ArrayList<>(command);
        swapped.set(swapped.indexOf(cxJar.toString()), String.valueOf(baselineJar));
        return swapped;
    }

    private static String require(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("Missing " + name + "; see the Javadoc of ReadSpeedVsDuckDb.");
        }
        return value;
    }

    private static String duckDbVersion() throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement();
                ResultSet r = statement.executeQuery("SELECT version()")) {
            r.next();
            return r.getString(1);
        }
    }

    private static String loadAverage() throws IOException {
        return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    }

    private Run exec(List<String> command, String what, boolean timed) throws IOException, InterruptedException {
        Path out = work.resolve("out.txt");
        Path err = work.resolve("err.txt");
        Path time = work.resolve("time.txt");
        Path gc = work.resolve("gc.log");
        Files.deleteIfExists(gc);
        List<String> full = new ArrayList<>();
        if (timed) {
            full.addAll(List.of("/usr/bin/time", "-f", "%e %U %S %M", "-o", time.toString()));
        }
        full.addAll(command);
        String loadBefore = loadAverage();
        Process process = new ProcessBuilder(full).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        int exit = process.waitFor();
        String load = loadBefore + "→" + loadAverage();
        boolean failed = exit != 0 && !(what.contains("cx audit") && exit == 1);
        // An earlier build may fail where this one does not (cx kpi ran out of memory at -Xmx512m on
        // main before issue 24): its row says so instead of ending the run.
        if (failed && !what.startsWith("baseline")) {
            throw new IllegalStateException(what + " exited with " + exit + ": " + Files.readString(err));
        }
        if (!timed) {
            return new Run(what, 0, 0, 0, 0, load, "", exit);
        }
        // The last line: before it, /usr/bin/time says "Command exited with non-zero status N" on a failure.
        String[] lastLine = Files.readString(time).trim().split("\n");
        String[] t = lastLine[lastLine.length - 1].trim().split("\\s+");
        long peakHeap = 0;
        if (Files.exists(gc)) {
            Matcher m = GC_HEAP.matcher(Files.readString(gc));
            while (m.find()) {
                peakHeap = Math.max(peakHeap, Long.parseLong(m.group(1)));
            }
        }
        String stdout = what.contains("audit") ? "" : Files.readString(out);
        Run run = new Run(what, Double.parseDouble(t[0]), Double.parseDouble(t[1]) + Double.parseDouble(t[2]),
                Long.parseLong(t[3]) >> 10, peakHeap, load, stdout, failed ? exit : 0);
        System.out.printf(Locale.ROOT, "  %-40s wall %6.2f s  cpu %6.2f s  rss %5d MB  heap %5d MB  load %s%n",
                what.length() > 40 ? what.substring(0, 40) : what, run.wallSeconds(), run.cpuSeconds(), run.peakRssMb(),
                run.peakHeapMb(), load);
        return run;
    }

    /** Fails unless DuckDB's AHT, ASA and service level equal cx kpi's, counts exactly, values within 1e-9 relative. */
    private static void checkAgreement(String duckOut, String kpiJson) {
        Map<String, String> duck = new LinkedHashMap<>();
        for (String pair : duckOut.trim().split(" ")) {
            String[] kv = pair.split("=", 2);
            duck.put(kv[0], kv[1]);
        }
        Map<String, String[]> cx = new LinkedHashMap<>();
        Matcher m = KPI.matcher(kpiJson);
        while (m.find()) {
            cx.putIfAbsent(m.group(1) + "/" + m.group(2), new String[] {m.group(3), m.group(4)});
        }
        compare("aht", duck, cx.get("cx.kpi.aht/"));
        compare("asa", duck, cx.get("cx.kpi.asa/"));
        compare("sl2", duck, cx.get("cx.kpi.service_level/formula2"));
        System.out.println("agreement: AHT, ASA and service level (formula 2, 20 s) equal on both sides"
                + " (DuckDB " + duck + ")");
    }

    private static void compare(String name, Map<String, String> duck, String[] cx) {
        if (cx == null) {
            throw new IllegalStateException("cx kpi --json printed no " + name);
        }
        double d = Double.parseDouble(duck.get(name));
        long dn = Long.parseLong(duck.get(name + ".count"));
        double c = Double.parseDouble(cx[0]);
        long cn = Long.parseLong(cx[1]);
        if (dn != cn || Math.abs(d - c) > 1e-9 * Math.max(1, Math.abs(c))) {
            throw new IllegalStateException("DuckDB and cxkit disagree on " + name + ": " + d + " over " + dn
                    + " against " + c + " over " + cn);
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static void print(Map<String, List<Run>> runs, List<String> readerRuns, long lines) {
        System.out.printf(Locale.ROOT, "%n| what | wall (median of %d) | wall min–max | CPU (median) | peak heap | peak RSS | vs DuckDB | load (1 min) |%n",
                runs.values().iterator().next().size());
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---|");
        double duck = 0;
        for (Map.Entry<String, List<Run>> entry : runs.entrySet()) {
            List<Run> r = entry.getValue();
            double wall = median(r.stream().map(Run::wallSeconds).toList());
            if (duck == 0) {
                duck = wall;
            }
            double min = r.stream().mapToDouble(Run::wallSeconds).min().orElse(0);
            double max = r.stream().mapToDouble(Run::wallSeconds).max().orElse(0);
            double cpu = median(r.stream().map(Run::cpuSeconds).toList());
            long heap = r.stream().mapToLong(Run::peakHeapMb).max().orElse(0);
            long rss = r.stream().mapToLong(Run::peakRssMb).max().orElse(0);
            String loads = String.join(", ", r.stream().map(Run::load).toList());
            long failures = r.stream().filter(run -> run.exit() != 0).count();
            String name = failures == 0 ? entry.getKey() : entry.getKey() + " (failed " + failures + " of " + r.size()
                    + ": exit " + r.stream().filter(run -> run.exit() != 0).findFirst().orElseThrow().exit()
                    + ", 3 is out of memory)";
            System.out.printf(Locale.ROOT, "| %s | %.2f s | %.2f–%.2f s | %.2f s | %s | %d MB | %.2f× | %s |%n",
                    name, wall, min, max, cpu, heap == 0 ? "(native)" : heap + " MB", rss, wall / duck, loads);
        }
        System.out.printf(Locale.ROOT, "%nReader alone (%,d lines, fresh JVM, -Xmx512m, 4 reads each, ms per read):%n", lines);
        readerRuns.forEach(r -> System.out.println("  " + r));
    }
}
