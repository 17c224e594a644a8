package dev.cxkit.synthetic.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import dev.cxkit.core.Agent;
import dev.cxkit.core.AgentId;
import dev.cxkit.core.TeamId;
import dev.cxkit.core.Tier;
import dev.cxkit.synthetic.GeneratedDataSink;
import dev.cxkit.synthetic.GeneratorConfig;

/**
 * The simulation's agents: who is hired and leaves when, their escalation habits (the training-gap
 * agents escalate far more), the Saturday rota, and which agent of a team and tier takes a contact.
 * Draws from the simulation's random source, so the call order is part of the output. Not
 * thread-safe.
 */
final class Roster {

    private static final double[] LEVELS = {0.6, 1.0, 1.4};

    private final GeneratorConfig config;
    private final SplittableRandom random;
    private final List<TeamId> teams;
    private final LocalDate lastDay;
    private final ZoneId zone;
    private final List<Agent> agents = new ArrayList<>();
    private final List<Boolean> saturdayShift = new ArrayList<>();
    private final List<Integer> agentTeam = new ArrayList<>();
    private double[] escalationRate = new double[0];
    private double[] escalationCredit = new double[0];
    private final Map<LocalDate, int[][][]> rosters = new HashMap<>();
    private Instant cachedDayStart = Instant.MAX;
    private Instant cachedDayEnd = Instant.MIN;
    private LocalDate cachedDay = LocalDate.MIN;

    Roster(GeneratorConfig config, SplittableRandom random, List<TeamId> teams, LocalDate lastDay) {
        this.config = config;
        this.random = random;
        this.teams = teams;
        this.lastDay = lastDay;
        this.zone = config.zone();
    }

    List<Agent> agents() {
        return agents;
    }

    Agent agent(int index) {
        return agents.get(index);
    }

    /**
     * Adds the escalation credit of one handled contact to the agent's account and says whether an
     * escalation is due: each agent escalates at their rate, spread evenly over their contacts.
     */
    boolean escalationDue(int agent, boolean eligible) {
        escalationCredit[agent] += escalationRate[agent];
        if (eligible && escalationCredit[agent] >= 1.0) {
            escalationCredit[agent] -= 1.0;
            return true;
        }
        return false;
    }

    /** Forgets the shift lists of days before {@code day}. */
    void forgetBefore(LocalDate day) {
        rosters.keySet().removeIf(d -> d.isBefore(day));
    }

    void create(GeneratedDataSink sink) {
        int gap = config.staffing().trainingGapAgents();
        List<Agent> replacements = new ArrayList<>();
        List<double[]> replacementRates = new ArrayList<>();
        List<Boolean> replacementSaturday = new ArrayList<>();
        List<Integer> replacementTeam = new ArrayList<>();
        List<Double> rates = new ArrayList<>();
        int[][] groupCounter = new int[teams.size()][Tier.values().length];
        double leaveProbability = Math.min(0.9, config.staffing().attritionPerYear() * config.days() / 365.0);
        int seq = 0;
        for (Tier tier : Tier.values()) {
            int count = config.staffing().agentsPerTier().get(tier);
            for (int i = 0; i < count; i++) {
                int team = i % teams.size();
                boolean isGap = tier == Tier.T1 && i < gap;
                LocalDate hired = config.startDate().minusDays(isGap ? 400 + random.nextInt(800) : 30 + random.nextInt(1800));
                LocalDate left = null;
                if (!isGap && random.nextDouble() < leaveProbability) {
                    left = config.startDate().plusDays(random.nextInt(config.days()));
                }
                int level = groupCounter[team][tier.ordinal()]++ % LEVELS.length;
                double rate = tier == Tier.T3 ? 0.0
                        : isGap ? config.staffing().trainingGapEscalationRate() : LEVELS[level] * config.staffing().escalationProbability();
                agents.add(new Agent(AgentId.of(String.format("a-%03d", ++seq)), teams.get(team), tier, hired, left));
                rates.add(rate);
                saturdayShift.add(i % 3 == 0);
                agentTeam.add(team);
                if (left != null) {
                    LocalDate replacementHired = left.plusDays(1 + random.nextInt(14));
                    if (!replacementHired.isAfter(lastDay)) {
                        replacements.add(new Agent(AgentId.of("x"), teams.get(team), tier, replacementHired, null));
                        replacementRates.add(new double[] {rate});
                        replacementSaturday.add(i % 3 == 0);
                        replacementTeam.add(team);
                    }
                }
            }
        }
        for (int i = 0; i < replacements.size(); i++) {
            Agent r = replacements.get(i);
            agents.add(new Agent(AgentId.of(String.format("a-%03d", ++seq)), r.team(), r.tier(), r.hiredOn(), null));
            rates.add(replacementRates.get(i)[0]);
            saturdayShift.add(replacementSaturday.get(i));
            agentTeam.add(replacementTeam.get(i));
        }
        escalationRate = rates.stream().mapToDouble(Double::doubleValue).toArray();
        escalationCredit = new double[agents.size()];
        agents.forEach(sink::agent);
    }

    /** Agents on shift on a day, by team and tier: employed, and on Saturdays only the Saturday rota. */
    private int[][][] roster(LocalDate day) {
        return rosters.computeIfAbsent(day, d -> {
            int[][][] result = new int[teams.size()][Tier.values().length][];
            List<List<List<Integer>>> lists = new ArrayList<>();
            for (int t = 0; t < teams.size(); t++) {
                List<List<Integer>> byTier = new ArrayList<>();
                for (int k = 0; k < Tier.values().length; k++) {
                    byTier.add(new ArrayList<>());
                }
                lists.add(byTier);
            }
            boolean saturday = d.getDayOfWeek() == DayOfWeek.SATURDAY;
            for (int i = 0; i < agents.size(); i++) {
                Agent agent = agents.get(i);
                if (agent.isEmployedOn(d) && (!saturday || saturdayShift.get(i))) {
                    lists.get(agentTeam.get(i)).get(agent.tier().ordinal()).add(i);
                }
            }
            for (int t = 0; t < teams.size(); t++) {
                for (int k = 0; k < Tier.values().length; k++) {
                    result[t][k] = lists.get(t).get(k).stream().mapToInt(Integer::intValue).toArray();
                }
            }
            return result;
        });
    }

    /** An agent on shift: same team and tier if possible, else same tier, else anyone; -1 if nobody. */
    int pickAgent(Instant at, int team, Tier tier) {
        int[][][] roster = roster(localDate(at));
        int[] group = roster[team][tier.ordinal()];
        if (group.length > 0) {
            return group[random.nextInt(group.length)];
        }
        for (int k = tier.ordinal(); k < Tier.values().length; k++) {
            for (int t = 0; t < teams.size(); t++) {
                int[] other = roster[(team + t) % teams.size()][k];
                if (other.length > 0) {
                    return other[random.nextInt(other.length)];
                }
            }
        }
        for (int t = 0; t < teams.size(); t++) {
            for (int k = 0; k < Tier.values().length; k++) {
                if (roster[t][k].length > 0) {
                    return roster[t][k][0];
                }
            }
        }
        return -1;
    }

    /** The local date of an instant; caches the last day because most calls ask about the same one. */
    private LocalDate localDate(Instant at) {
        if (at.isBefore(cachedDayStart) || !at.isBefore(cachedDayEnd)) {
            cachedDay = LocalDate.ofInstant(at, zone);
            cachedDayStart = cachedDay.atStartOfDay(zone).toInstant();
            cachedDayEnd = cachedDay.plusDays(1).atStartOfDay(zone).toInstant();
        }
        return cachedDay;
    }
}
