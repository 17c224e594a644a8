package dev.cxkit.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import dev.cxkit.core.Agent;
import dev.cxkit.core.AgentId;
import dev.cxkit.core.TeamId;
import dev.cxkit.core.Tier;

/**
 * The agent roster file of {@code --roster} (docs/formats.md, "Agent roster"): CSV with a header
 * naming the columns {@code agent_id}, {@code team}, {@code tier}, {@code hired_on} and, optionally,
 * {@code left_on}, in any order; dates are ISO ({@code 2025-03-01}); an empty {@code left_on} means
 * still employed; {@code #} starts a comment line; blank lines are skipped; values may be quoted as in
 * RFC 4180. A bad row stops the command with its line and column, never with the value (an agent id
 * may be a name).
 */
final class RosterFile {

    static final String FILE_NAME = "agents.csv";
    private static final List<String> REQUIRED = List.of("agent_id", "team", "tier", "hired_on");

    private RosterFile() {
    }

    /**
     * Reads a roster.
     *
     * @param file the file
     * @param sink receives each agent in file order
     * @return the number of agents read
     * @throws BadInputException naming file, line and column of the first problem
     */
    static long read(Path file, Consumer<Agent> sink) {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException("File not found: " + file + " (--roster).");
        }
        long agents = 0;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Map<String, Integer> columns = null;
            int line = 0;
            for (String text = reader.readLine(); text != null; text = reader.readLine()) {
                line++;
                if (line == 1 && text.startsWith("\uFEFF")) {
                    text = text.substring(1);
                }
                if (text.isBlank() || text.stripLeading().startsWith("#")) {
                    continue;
                }
                List<String> cells = split(text, file, line);
                if (columns == null) {
                    columns = header(cells, file, line);
                    continue;
                }
                sink.accept(agent(cells, columns, file, line));
                agents++;
            }
            if (columns == null) {
                throw new BadInputException(file + ": no header. Maybe start it with agent_id,team,tier,hired_on,left_on?");
            }
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot read (" + e.getClass().getSimpleName() + ").");
        }
        return agents;
    }

    /**
     * Writes agents in the roster format, all five columns.
     *
     * @param file the file to create or replace
     * @param agents the agents
     * @throws java.io.UncheckedIOException if writing fails
     */
    static void write(Path file, List<Agent> agents) {
        try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writer.write("agent_id,team,tier,hired_on,left_on\n");
            for (Agent agent : agents) {
                writer.write(quote(agent.id().value()) + "," + quote(agent.team().value()) + "," + agent.tier().name()
                        + "," + agent.hiredOn() + "," + (agent.leftOn() == null ? "" : agent.leftOn()) + "\n");
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("Cannot write the roster " + file, e);
        }
    }

    private static Map<String, Integer> header(List<String> cells, Path file, int line) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            String name = cells.get(i).trim().toLowerCase(Locale.ROOT);
            if (columns.put(name, i) != null) {
                throw new BadInputException(file + ":" + line + ": the header names the column '" + name + "' twice.");
            }
        }
        for (String required : REQUIRED) {
            if (!columns.containsKey(required)) {
                throw new BadInputException(file + ":" + line + ": the header lacks the column '" + required
                        + "'. Maybe start it with agent_id,team,tier,hired_on,left_on?");
            }
        }
        return columns;
    }

    private static Agent agent(List<String> cells, Map<String, Integer> columns, Path file, int line) {
        if (cells.size() != columns.size()) {
            throw new BadInputException(file + ":" + line + ": expected " + columns.size()
                    + " columns as in the header, got " + cells.size() + ".");
        }
        String id = required(cells, columns, "agent_id", file, line);
        String team = required(cells, columns, "team", file, line);
        String tierText = required(cells, columns, "tier", file, line).trim();
        Tier tier;
        try {
            tier = Tier.valueOf(tierText.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadInputException(file + ":" + line + ": column 'tier': expected one of T1, T2, T3.");
        }
        LocalDate hired = date(required(cells, columns, "hired_on", file, line), "hired_on", file, line);
        Integer leftColumn = columns.get("left_on");
        String leftText = leftColumn == null ? "" : cells.get(leftColumn).trim();
        LocalDate left = leftText.isEmpty() ? null : date(leftText, "left_on", file, line);
        if (left != null && left.isBefore(hired)) {
            throw new BadInputException(file + ":" + line + ": column 'left_on' (" + left
                    + ") is before 'hired_on' (" + hired + ").");
        }
        return new Agent(AgentId.of(id), TeamId.of(team), tier, hired, left);
    }

    private static String required(List<String> cells, Map<String, Integer> columns, String column, Path file,
            int line) {
        String value = cells.get(columns.get(column));
        if (value.isBlank()) {
            throw new BadInputException(file + ":" + line + ": column '" + column + "' is empty.");
        }
        return value;
    }

    private static LocalDate date(String text, String column, Path file, int line) {
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new BadInputException(file + ":" + line + ": column '" + column
                    + "': expected a date such as 2025-03-01.");
        }
    }

    /** Splits one CSV line; quoted values may hold commas and doubled quotes, not line breaks. */
    private static List<String> split(String text, Path file, int line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new BadInputException(file + ":" + line + ": unterminated quoted value.");
        }
        cells.add(cell.toString());
        return cells;
    }

    private static String quote(String value) {
        return value.contains(",") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
