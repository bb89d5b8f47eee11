package vn.parindex.report.model;

import vn.parindex.uncertainty.UnitInterval;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.parindex.report.model.RankingReport.BandLimit;
import vn.parindex.report.model.RankingReport.Domain;
import vn.parindex.report.model.RankingReport.Group;
import vn.parindex.report.model.RankingReport.MethodRow;
import vn.parindex.report.model.RankingReport.Row;
import vn.parindex.report.model.RankingReport.UnitRef;
import vn.parindex.warehouse.ReportDataRepository.BandRow;
import vn.parindex.warehouse.ReportDataRepository.CriterionRow;
import vn.parindex.warehouse.UnitResult;

/** Turns stored results into what the ranking PDF shows, group by group. */
public final class RankingReportAssembler {

    private RankingReportAssembler() {
    }

    /**
     * With the uncertainty analysis's intervals by unit code, from {@code replicates} replicates (0: none), the
     * groups' display names by code and each group's average index in its last ranked years (SPEC §13).
     */
    public static RankingReport assemble(int year, LocalDate dataDate, List<UnitResult> units, List<CriterionRow> criteria,
            List<BandRow> bands, Map<String, UnitInterval> intervals, int replicates, Map<String, String> groupNames, History history) {
        Map<String, List<CriterionRow>> criteriaByGroup = new LinkedHashMap<>();
        criteria.forEach(c -> criteriaByGroup.computeIfAbsent(c.groupCode(), g -> new ArrayList<>()).add(c));
        List<Group> groups = new ArrayList<>();
        boolean provisional = false;
        for (var entry : criteriaByGroup.entrySet()) {
            String group = entry.getKey();
            List<CriterionRow> groupCriteria = entry.getValue();
            List<Domain> domains = groupCriteria.stream().filter(c -> c.parentCode() == null)
                    .map(c -> new Domain(c.code(), c.name(), c.maxPoints())).toList();
            List<Row> rows = new ArrayList<>();
            List<UnitRef> notSubmitted = new ArrayList<>();
            for (UnitResult u : units) {
                if (!u.groupCode().equals(group)) {
                    continue;
                }
                if (!u.ranked()) {
                    notSubmitted.add(new UnitRef(u.unitCode(), u.unitName()));
                    continue;
                }
                boolean unitProvisional = "provisional".equals(u.status());
                provisional |= unitProvisional;
                Map<String, java.math.BigDecimal> sub = new HashMap<>();
                u.domains().forEach(d -> sub.put(d.code(), d.subIndex()));
                UnitInterval interval = intervals.get(u.unitCode());
                rows.add(new Row(u.rank(), u.unitCode(), u.unitName(), u.index(), u.band(), u.deltaRank(), u.deltaIndex(),
                        unitProvisional, domains.stream().map(d -> sub.get(d.code())).toList(),
                        interval == null ? null : new RankingReport.RankInterval(interval.rankP05(), interval.rankP95(), interval.sampled()),
                        "predecessors".equals(u.deltaBasis())));
            }
            List<BandLimit> groupBands = bands.stream().filter(b -> b.groupCode().equals(group))
                    .map(b -> new BandLimit(b.band(), b.minIndex())).toList();
            groups.add(new Group(group, domains, rows, notSubmitted, groupBands, methodology(groupCriteria)));
        }
        return new RankingReport(year, dataDate, provisional, groups, intervals.isEmpty() ? 0 : replicates, groupNames, history,
                !SurveyLeaves.any(criteria));
    }

    private static List<MethodRow> methodology(List<CriterionRow> criteria) {
        Map<String, String> parents = new HashMap<>();
        criteria.forEach(c -> parents.put(c.code(), c.parentCode()));
        return criteria.stream().map(c -> new MethodRow(c.code(), c.name(), c.maxPoints(), depth(c.code(), parents),
                c.method(), c.ruleText())).toList();
    }

    private static int depth(String code, Map<String, String> parents) {
        int depth = 0;
        for (String p = parents.get(code); p != null && depth < 32; p = parents.get(p)) {
            depth++;
        }
        return depth;
    }
}
