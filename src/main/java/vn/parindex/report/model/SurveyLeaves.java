package vn.parindex.report.model;

import java.util.List;
import vn.parindex.warehouse.ReportDataRepository.CriterionRow;

/** Whether a year's frameworks rest on a survey at all (SPEC §13: without one, no interval is shown). */
public final class SurveyLeaves {

    private SurveyLeaves() {
    }

    public static boolean any(List<CriterionRow> criteria) {
        return criteria.stream().anyMatch(c -> "survey".equals(c.method()));
    }
}
