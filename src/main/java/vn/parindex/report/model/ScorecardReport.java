package vn.parindex.report.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything {@code scorecards-<year>.pdf} shows, already computed: one scorecard per ranked unit. The
 * renderer formats, it never calculates. {@code dataDate} is the date of the newest data used.
 */
public record ScorecardReport(int year, LocalDate dataDate, List<Scorecard> scorecards, java.util.Map<String, String> groupNames,
        History history) {

    /** Groups shown by their codes (no {@code group_name} given, SPEC §13), no history. */
    public ScorecardReport(int year, LocalDate dataDate, List<Scorecard> scorecards) {
        this(year, dataDate, scorecards, java.util.Map.of());
    }

    /** Without the years before (SPEC §13 history). */
    public ScorecardReport(int year, LocalDate dataDate, List<Scorecard> scorecards, java.util.Map<String, String> groupNames) {
        this(year, dataDate, scorecards, groupNames, History.NONE);
    }

    /**
     * One ranked unit of the {@code rankedInGroup} of its group. {@code change} is null when the unit was not
     * ranked in the same group last year; {@code nextBand} is null at the top band or when the group has no bands.
     */
    public record Scorecard(
            String groupCode,
            String unitCode,
            String unitName,
            boolean provisional,
            BigDecimal index,
            int rank,
            int rankedInGroup,
            String band,
            Integer deltaRank,
            BigDecimal deltaIndex,
            String nextBand,
            BigDecimal pointsToNextBand,
            Totals totals,
            List<DomainLine> domains,
            List<LeafLine> mostLost,
            List<LeafLine> flagged,
            Change change,
            Certainty certainty,
            java.util.Map<String, Integer> leavesByMethod) {

        /**
         * {@code leavesByMethod}: how many leaf criteria of each method ({@code appraised}, …) the unit was scored on,
         * sorted by method code: the card's text is part of the PDF's /ID, and {@code Map.copyOf} alone iterates in an
         * order that changes from one JVM to the next.
         */
        public Scorecard {
            leavesByMethod = leavesByMethod == null ? java.util.Map.of()
                    : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(java.util.Map.copyOf(leavesByMethod)));
        }

        public Scorecard(String groupCode, String unitCode, String unitName, boolean provisional, BigDecimal index, int rank,
                int rankedInGroup, String band, Integer deltaRank, BigDecimal deltaIndex, String nextBand, BigDecimal pointsToNextBand,
                Totals totals, List<DomainLine> domains, List<LeafLine> mostLost, List<LeafLine> flagged, Change change,
                Certainty certainty) {
            this(groupCode, unitCode, unitName, provisional, index, rank, rankedInGroup, band, deltaRank, deltaIndex, nextBand,
                    pointsToNextBand, totals, domains, mostLost, flagged, change, certainty, java.util.Map.of());
        }

        public Scorecard(String groupCode, String unitCode, String unitName, boolean provisional, BigDecimal index, int rank,
                int rankedInGroup, String band, Integer deltaRank, BigDecimal deltaIndex, String nextBand, BigDecimal pointsToNextBand,
                Totals totals, List<DomainLine> domains, List<LeafLine> mostLost, List<LeafLine> flagged, Change change) {
            this(groupCode, unitCode, unitName, provisional, index, rank, rankedInGroup, band, deltaRank, deltaIndex, nextBand,
                    pointsToNextBand, totals, domains, mostLost, flagged, change, null);
        }
    }

    /**
     * How sure the unit's figures are (SPEC §12), null without the analysis: the 90 % intervals of its index and rank
     * over {@code replicates} replicates, and the shares of replicates reaching its band ({@code reachBand}) and the
     * next one up ({@code reachNext}; null at the top band); both null when the group has no bands. {@code sampled} is
     * false when no survey leaf of the unit rests on a sample.
     */
    public record Certainty(int replicates, boolean sampled, BigDecimal indexLow, BigDecimal indexHigh, int rankLow, int rankHigh,
            BigDecimal reachBand, BigDecimal reachNext, boolean nextIsTop) {

        /** {@code nextIsTop}: the next band up is the group's highest (nothing above it: no "trở lên"); false when not known. */
        public Certainty(int replicates, boolean sampled, BigDecimal indexLow, BigDecimal indexHigh, int rankLow, int rankHigh,
                BigDecimal reachBand, BigDecimal reachNext) {
            this(replicates, sampled, indexLow, indexHigh, rankLow, rankHigh, reachBand, reachNext, false);
        }
    }

    /** Total points (adjustments included) of the total maximum; null figures when unknown. */
    public record Totals(BigDecimal points, BigDecimal maxPoints, BigDecimal adjustment) {
    }

    /** A domain of the unit, with the average sub-index of the group's ranked units beside it. */
    public record DomainLine(String code, String name, BigDecimal points, BigDecimal maxPoints, BigDecimal subIndex,
            Integer rank, BigDecimal groupAverageSubIndex) {
    }

    /**
     * A leaf criterion: {@code lost} = max − points; {@code flag} provisional, missing, insufficient or null; {@code method}
     * its scoring method (null when not known). For an {@code insufficient} survey leaf, {@code respondents} is how many
     * people answered its questions and {@code minResponses} the minimum its rule asks for (both null otherwise).
     */
    public record LeafLine(String code, String name, BigDecimal points, BigDecimal maxPoints, BigDecimal lost, String flag,
            String method, Long respondents, Integer minResponses) {

        public LeafLine(String code, String name, BigDecimal points, BigDecimal maxPoints, BigDecimal lost, String flag) {
            this(code, name, points, maxPoints, lost, flag, null, null, null);
        }
    }

    /**
     * Last year against this year: one line per domain (points and sub-index), then the adjustments, the clamp of
     * the total to [0, maximum] when it applied in either year, and the total (points and index). The point
     * differences of the lines above the total add up to the total's, and so do their contributions.
     */
    /**
     * {@code basis} is what the previous figures are (SPEC §13): {@code same_unit} (the unit's own), {@code predecessors}
     * (the mean of the units it was formed from) or null when not known; {@code predecessors} are those units, in the
     * order the units file gives them (empty for any other basis).
     */
    public record Change(int previousYear, List<ChangeLine> lines, String basis, List<Predecessor> predecessors) {

        public Change(int previousYear, List<ChangeLine> lines) {
            this(previousYear, lines, null);
        }

        public Change(int previousYear, List<ChangeLine> lines, String basis) {
            this(previousYear, lines, basis, List.of());
        }

        /** True when the previous figures are the mean of the predecessors of a merged unit. */
        public boolean againstPredecessors() {
            return "predecessors".equals(basis);
        }
    }

    /** A unit a merged unit was formed from and that was ranked the year before (its mean is the baseline). */
    public record Predecessor(String unitCode, String unitName, boolean provisional) {
    }

    /**
     * {@code kind} is domain, adjustment, clamp or total; the rates are sub-indices, or the index for the total.
     * {@code contribution} is the line's share of Δindex in index points (two decimals; the total's is Δindex),
     * null when a year's total maximum is unknown.
     */
    public record ChangeLine(String kind, String code, String name, BigDecimal previousPoints, BigDecimal points,
            BigDecimal deltaPoints, BigDecimal previousRate, BigDecimal rate, BigDecimal deltaRate, BigDecimal contribution) {
    }
}
