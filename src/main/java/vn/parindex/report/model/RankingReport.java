package vn.parindex.report.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * Everything {@code ranking-<year>.pdf} shows, already computed: the renderer formats, it never calculates.
 * {@code dataDate} is the date of the newest data used (never the wall clock), {@code provisional} puts
 * "TẠM TÍNH" on every page; {@code surveyLess}: the year's frameworks have no survey leaf, so no interval is shown
 * and the methodology says why (SPEC §13).
 */
public record RankingReport(int year, java.time.LocalDate dataDate, boolean provisional, List<Group> groups, int replicates,
        java.util.Map<String, String> groupNames, History history, boolean surveyLess) {

    /** A year whose frameworks have a survey leaf, or whose analysis is off. */
    public RankingReport(int year, java.time.LocalDate dataDate, boolean provisional, List<Group> groups, int replicates,
            java.util.Map<String, String> groupNames, History history) {
        this(year, dataDate, provisional, groups, replicates, groupNames, history, false);
    }

    /** Without the years before (SPEC §13 history). */
    public RankingReport(int year, java.time.LocalDate dataDate, boolean provisional, List<Group> groups, int replicates,
            java.util.Map<String, String> groupNames) {
        this(year, dataDate, provisional, groups, replicates, groupNames, History.NONE);
    }

    /** A report without the uncertainty analysis (SPEC §12 turned off). */
    public RankingReport(int year, java.time.LocalDate dataDate, boolean provisional, List<Group> groups) {
        this(year, dataDate, provisional, groups, 0);
    }

    /** Groups shown by their codes (no {@code group_name} given, SPEC §13). */
    public RankingReport(int year, java.time.LocalDate dataDate, boolean provisional, List<Group> groups, int replicates) {
        this(year, dataDate, provisional, groups, replicates, java.util.Map.of());
    }

    public record Group(
            String groupCode,
            List<Domain> domains,
            List<Row> rows,
            List<UnitRef> notSubmitted,
            List<BandLimit> bands,
            List<MethodRow> methodology) {
    }

    /** A domain column: code, name and maximum points. */
    public record Domain(String code, String name, BigDecimal maxPoints) {
    }

    /**
     * One ranked unit; {@code domainSubIndices} in the order of {@link Group#domains()}; {@code interval} its 90 % rank
     * interval, null without the uncertainty analysis; {@code againstPredecessors} when Δindex compares a merged unit
     * with the mean of the units it was formed from (SPEC §13).
     */
    public record Row(
            int rank,
            String unitCode,
            String unitName,
            BigDecimal index,
            String band,
            Integer deltaRank,
            BigDecimal deltaIndex,
            boolean provisional,
            List<BigDecimal> domainSubIndices,
            RankInterval interval,
            boolean againstPredecessors) {

        public Row(int rank, String unitCode, String unitName, BigDecimal index, String band, Integer deltaRank, BigDecimal deltaIndex,
                boolean provisional, List<BigDecimal> domainSubIndices) {
            this(rank, unitCode, unitName, index, band, deltaRank, deltaIndex, provisional, domainSubIndices, null);
        }

        public Row(int rank, String unitCode, String unitName, BigDecimal index, String band, Integer deltaRank, BigDecimal deltaIndex,
                boolean provisional, List<BigDecimal> domainSubIndices, RankInterval interval) {
            this(rank, unitCode, unitName, index, band, deltaRank, deltaIndex, provisional, domainSubIndices, interval, false);
        }
    }

    /** The 5th and 95th percentiles of a unit's rank over the replicates; {@code sampled} false when it rests on no sample. */
    public record RankInterval(int low, int high, boolean sampled) {
    }

    public record UnitRef(String unitCode, String unitName) {
    }

    public record BandLimit(String band, BigDecimal minIndex) {
    }

    /** One criterion of the framework for the methodology page; depth 0 is a domain. */
    public record MethodRow(String code, String name, BigDecimal maxPoints, int depth, String method, String rule) {
    }
}
