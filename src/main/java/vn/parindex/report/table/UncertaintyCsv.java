package vn.parindex.report.table;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.parindex.report.table.ReportColumn.Kind;
import vn.parindex.uncertainty.UnitInterval;
import vn.parindex.warehouse.UnitResult;

/**
 * {@code uncertainty-<year>.csv} (SPEC §12): one row per ranked unit, in the ranking's order, with its rank and index
 * and their 5th, 50th and 95th percentiles, then the share of replicates in each band. The band columns are those of
 * every group, in the order met (each group's bands highest first); a unit's cell for a band of another group is empty.
 */
public final class UncertaintyCsv {

    private UncertaintyCsv() {
    }

    public static void write(Path target, int year, List<UnitResult> units, Map<String, UnitInterval> intervals) {
        CsvReportWriter.write(target, table(year, units, intervals));
    }

    static ReportTable table(int year, List<UnitResult> units, Map<String, UnitInterval> intervals) {
        Set<String> bands = new LinkedHashSet<>();
        for (UnitResult u : units) {
            UnitInterval interval = intervals.get(u.unitCode());
            if (interval != null) {
                bands.addAll(interval.bandShares().keySet());
            }
        }
        List<ReportColumn> columns = new ArrayList<>(ReportTable.UNIT_COLUMNS);
        columns.add(new ReportColumn("unit_name", "Tên đơn vị", Kind.TEXT, 32));
        for (String figure : List.of("rank", "rank_p05", "rank_p50", "rank_p95")) {
            columns.add(new ReportColumn(figure, figure, Kind.INTEGER, 9));
        }
        for (String figure : List.of("index", "index_p05", "index_p50", "index_p95")) {
            columns.add(new ReportColumn(figure, figure, Kind.TWO_DECIMALS, 9));
        }
        bands.forEach(b -> columns.add(new ReportColumn("band_" + b, b, Kind.SHARE, 9)));
        Integer theYear = year;
        List<List<Object>> rows = new ArrayList<>();
        for (UnitResult u : units) {
            UnitInterval i = intervals.get(u.unitCode());
            if (!u.ranked() || i == null) {
                continue;
            }
            List<Object> row = new ArrayList<>(Arrays.asList(theYear, u.groupCode(), u.unitCode(), u.unitName(), i.rank(), i.rankP05(),
                    i.rankP50(), i.rankP95(), i.index(), i.indexP05(), i.indexP50(), i.indexP95()));
            bands.forEach(b -> row.add(i.bandShares().get(b)));
            rows.add(row);
        }
        return new ReportTable(List.copyOf(columns), rows);
    }
}
