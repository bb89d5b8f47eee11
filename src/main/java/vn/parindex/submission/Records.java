package vn.parindex.submission;

import java.math.BigDecimal;
import java.util.List;
import java.time.LocalDateTime;
import vn.parindex.scoring.Criterion;

/** The typed record of a valid row of each kind. */
public final class Records {

    private Records() {
    }

    /**
     * A units row: the unit, its group's display name (null when the row gives none) and the codes of the units it
     * was formed from (SPEC §13; empty when none), in the row's order without repeats.
     */
    public record UnitRecord(UnitInfo unit, String groupName, List<String> predecessors, long line) {

        public UnitRecord(UnitInfo unit, long line) {
            this(unit, null, List.of(), line);
        }
    }

    public record CriterionRecord(int year, String groupCode, Criterion criterion, String ruleText, long line) {
    }

    public record BandRecord(int year, String groupCode, String band, BigDecimal minIndex, long line) {
    }

    public record SelfScoreRecord(int year, String unitCode, String criterionCode, BigDecimal score, String evidence,
            String note, long line) implements UnitFact {
    }

    public record AppraisalRecord(int year, String unitCode, String criterionCode, BigDecimal score, String comment,
            long line) implements UnitFact {
    }

    public record MetricRecord(int year, String unitCode, String metricCode, BigDecimal numerator,
            BigDecimal denominator, long line) implements UnitFact {
    }

    public record SurveyRecord(int year, String unitCode, String respondentId, String questionCode, int answer,
            long line) implements UnitFact {
    }

    public record AdjustmentRecord(int year, String unitCode, BigDecimal points, String reason, long line)
            implements UnitFact {
    }

    public record DossierRecord(int year, String unitCode, String dossierId, String procedureCode,
            LocalDateTime receivedAt, LocalDateTime dueAt, LocalDateTime resolvedAt, boolean online, long line)
            implements UnitFact {
    }
}
